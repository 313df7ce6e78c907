-- the application nodes sharing this database (docs/reliability.md, "Running several nodes"): each writes its
-- heartbeat here, so the others know how many are alive and can hand over event-processor segments fairly
create table app_node (
    id         varchar(255) primary key,
    started_at timestamptz  not null,
    seen_at    timestamptz  not null
);
