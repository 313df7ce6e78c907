-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue, see app/deadletter): an event a processing group could not
-- handle, and every later event of the same aggregate for that group, waiting to be retried in order. The columns are
-- those of Axon's GenericDeadLetterTableFactory; timestamps stay text because Axon writes and compares them as ISO-8601
-- strings. The unique index also serves every lookup Axon makes (by group, by group and sequence), so there is no
-- other index.

create table dead_letter_entry (
    dead_letter_id       varchar(255)  primary key,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    unique (processing_group, sequence_identifier, sequence_index)
);
