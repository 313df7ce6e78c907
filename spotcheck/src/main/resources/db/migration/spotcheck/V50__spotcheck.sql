-- spotcheck's read models. Every table here can be rebuilt from the event store.

-- processing group spotcheck-listing-population: listings on sale that passed a check, with their price
create table spotcheck_listing (
    platform             varchar(64)    not null,
    listing_id           varchar(200)   not null,
    catalogue_code       char(4)        not null,
    certificate_number   char(16)       not null,
    merchant_name        text           not null,
    merchant_credit_code char(18)       not null,
    model                text           not null,
    price                numeric(14, 2),
    held                 boolean        not null default false,
    updated_at           timestamptz    not null,
    primary key (platform, listing_id)
);
create index spotcheck_listing_by_code on spotcheck_listing (catalogue_code);

-- the same group: who made what a certificate covers (the labelled producer of a listing), and whether it is valid
create table spotcheck_certificate (
    number                   char(16) primary key,
    product_name             text     not null,
    manufacturer_name        text     not null,
    manufacturer_credit_code char(18) not null,
    status                   varchar(16) not null
);

-- processing group spotcheck-results: final results, for failure histories, publication and rankings
create table spotcheck_result (
    sample_id              varchar(36)  primary key,
    plan_id                varchar(36)  not null,
    platform               varchar(64)  not null,
    listing_id             varchar(200) not null,
    catalogue_code         char(4)      not null,
    product_name           text,
    model                  text,
    seller_name            text         not null,
    seller_credit_code     char(18)     not null,
    producer_name          text         not null,
    producer_credit_code   char(18)     not null,
    conforming             boolean      not null,
    failed_items           text         not null, -- JSON
    final_at               timestamptz  not null
);
create index spotcheck_result_by_plan on spotcheck_result (plan_id);
create index spotcheck_result_by_producer on spotcheck_result (producer_credit_code);

-- processing group spotcheck-open-samples: samples whose clocks still run, and the day after which to check them
create table spotcheck_open_sample (
    sample_id   varchar(36) primary key,
    check_after date        not null
);
