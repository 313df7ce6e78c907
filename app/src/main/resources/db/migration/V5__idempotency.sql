-- Answers to POSTs sent with an Idempotency-Key: the same key from the same caller gets the same answer, once.
create table idempotent_request (
    principal     varchar(64)  not null,
    idempotency_key varchar(200) not null,
    method        varchar(10)  not null,
    path          varchar(2000) not null,
    body_sha256   char(64)     not null,
    status        int,                       -- null while the first request is being answered
    content_type  varchar(200),
    location      varchar(2000),
    body          bytea,
    created_at    timestamptz  not null default now(),
    primary key (principal, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
