-- takedown-notice webhooks (verification/README.md, "Webhooks"). Not a read model: subscriptions are what platforms
-- asked for, and the outbox is what is still owed to them; neither can be rebuilt from the event store.

-- one subscription per platform; the secret is kept because every delivery is signed with it, and never shown again
create table webhook_subscription (
    platform      varchar(64)   primary key,
    url           varchar(2000) not null,
    secret        varchar(200)  not null,
    subscribed_at timestamptz   not null,
    -- which node delivers this platform's notices now, and until when (so two nodes never send out of order)
    leased_by     varchar(64),
    lease_until   timestamptz
);

-- the outbox: one row per notice owed to a subscribed platform, written by processing group
-- verification-takedown-webhooks (one segment: ids grow in the order notices were issued), delivered in id order
create table webhook_delivery (
    id              bigserial     primary key,
    notice_id       varchar(64)   not null unique,
    delivery_id     uuid          not null unique,
    platform        varchar(64)   not null,
    body            bytea         not null,
    created_at      timestamptz   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      text,
    delivered_at    timestamptz
);
create index webhook_delivery_pending on webhook_delivery (platform, id) where delivered_at is null;
