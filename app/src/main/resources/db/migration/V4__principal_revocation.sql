-- Principals are revoked, never deleted: an id named in the event history keeps meaning the same organisation or person.
alter table principal add column created_at timestamptz not null default now();
alter table principal add column revoked_at timestamptz;
