-- when a principal was last revoked or given a new key: the other nodes forget what they remembered of it
-- (PrincipalChanges), so a revocation holds on every node within seconds
alter table principal add column changed_at timestamptz not null default now();
create index principal_changed_at on principal (changed_at);
