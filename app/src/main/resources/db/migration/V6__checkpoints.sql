-- signed checkpoints of every aggregate's chain head (app/README.md, "Checkpoints"), kept outside domain_event_entry:
-- deleting the last events of an aggregate leaves its chain valid, but not its checkpointed head
create table audit_checkpoint (
    id                bigint      primary key,
    made_at           timestamptz not null,
    -- the event store's highest global index when the checkpoint was made
    up_to_global_index bigint     not null,
    head_count        int         not null,
    merkle_root       char(64)    not null,
    -- hex HMAC-SHA256 of the checkpoint's signed text (app/README.md), keyed with tianping.checkpoints.key (kept
    -- elsewhere: in configuration, or owner-only in the data directory of the default run)
    signature         char(64)    not null,
    key_id            char(16)    not null
);
create sequence audit_checkpoint_id_seq owned by audit_checkpoint.id;

-- the heads a checkpoint recorded: those that changed since the checkpoint before it, in the order the root hashes them
create table audit_checkpoint_head (
    checkpoint_id  bigint       not null references audit_checkpoint (id),
    position       int          not null,
    aggregate_type varchar(255) not null,
    aggregate_id   varchar(255) not null,
    last_sequence  bigint       not null,
    head_hash      char(64)     not null,
    primary key (checkpoint_id, position)
);
create index audit_checkpoint_head_by_aggregate on audit_checkpoint_head (aggregate_id, aggregate_type, last_sequence);
