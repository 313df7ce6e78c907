-- verification's read models and process state. Every table here can be rebuilt from the event store.

-- processing group verification-certificate-view
create table certificate_view (
    number                   char(16)     primary key,
    status                   varchar(16)  not null,
    holder_name              text         not null,
    holder_credit_code       char(18)     not null,
    manufacturer_name        text         not null,
    manufacturer_credit_code char(18)     not null,
    factory_name             text,
    factory_address          text,
    product_name             text         not null,
    catalogue_code           char(4)      not null,
    models                   text         not null, -- JSON array
    standards                text         not null, -- JSON array
    issued_on                date         not null,
    valid_until              date         not null,
    issuing_body             text,
    status_reason            text,
    status_changed_at        timestamptz  not null,
    last_sequence            bigint       not null
);

-- processing group verification-takedown-fanout: which listing passed with which certificate
create table listing_binding (
    platform             varchar(64)  not null,
    listing_id           varchar(200) not null,
    certificate_number   char(16)     not null,
    merchant_name        text         not null,
    merchant_credit_code char(18)     not null,
    catalogue_code       char(4)      not null,
    model                text         not null,
    bound_at             timestamptz  not null,
    primary key (platform, listing_id)
);
create index listing_binding_by_certificate on listing_binding (certificate_number);

-- processing group verification-takedown-fanout: since when a certificate is not VALID (null while it is)
create table takedown_certificate_state (
    number              char(16)    primary key,
    status              varchar(16) not null,
    left_valid_sequence bigint
);

-- processing group verification-takedown-notices (one segment, so the cursor only grows)
create table takedown_notice (
    cursor_position    bigserial    unique,
    id                 varchar(64)  primary key,
    platform           varchar(64)  not null,
    listing_id         varchar(200) not null,
    certificate_number char(16)     not null,
    reason             varchar(16)  not null,
    issued_at          timestamptz  not null,
    due_by             timestamptz  not null,
    status             varchar(16)  not null,
    acknowledged_at    timestamptz,
    removed_at         timestamptz
);
create index takedown_notice_feed on takedown_notice (platform, cursor_position);
create index takedown_notice_open on takedown_notice (status, due_by);

-- every listing check, written in batches off the check path
create table listing_check (
    id                   bigserial    primary key,
    platform             varchar(64)  not null,
    listing_id           varchar(200) not null,
    merchant_credit_code char(18)     not null,
    catalogue_code       char(4)      not null,
    certificate_number   char(16),
    price                numeric(14, 2) not null,
    verdict              varchar(16)  not null,
    reasons              text         not null,
    checked_at           timestamptz  not null,
    checked_by           varchar(64)  not null
);
create index listing_check_by_platform on listing_check (platform, checked_at);
