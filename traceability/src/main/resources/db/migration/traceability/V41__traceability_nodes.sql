-- several application nodes (docs/reliability.md): what a node keeps in memory of these tables, the others follow by
-- stored_at (the database's time of the write, not the event's); capture jobs say which node runs them
alter table traceability_product add column stored_at timestamptz not null default clock_timestamp();
alter table traceability_clone add column stored_at timestamptz not null default clock_timestamp();
alter table traceability_recall add column stored_at timestamptz not null default clock_timestamp();
alter table traceability_capture_job add column node varchar(255);
alter table traceability_capture_job add column stored_at timestamptz;
create index traceability_product_by_stored on traceability_product (stored_at);
create index traceability_clone_by_stored on traceability_clone (stored_at);
create index traceability_recall_by_stored on traceability_recall (stored_at);
create index traceability_capture_job_by_stored on traceability_capture_job (stored_at);
create index traceability_capture_job_running on traceability_capture_job (node) where running;
create index traceability_epcis_event_by_capture on traceability_epcis_event (capture_id);
