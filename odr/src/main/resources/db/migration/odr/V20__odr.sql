-- odr's read models. Every table here can be rebuilt from the event store.

-- processing group odr-enterprises: one row per ODR enterprise, for routing, the public list and the evaluation
create table odr_enterprise (
    credit_code   char(18)    primary key,
    name          text        not null,
    region        char(6)     not null,
    status        varchar(16) not null,
    applied_at    timestamptz not null,
    active_since  timestamptz,
    warned_at     timestamptz,
    exited_at     timestamptz,
    last_reason   text
);
create index odr_enterprise_region on odr_enterprise (region, status);

-- processing group odr-complaints: one row per complaint, for lists, clocks, scorecards, statistics and clusters
create table odr_complaint (
    complaint_id           varchar(36)  primary key,
    received_at            timestamptz  not null,
    received_on            date         not null,
    odr                    boolean      not null,
    consumer_name          text         not null,
    consumer_phone         text         not null,
    respondent_name        text         not null,
    respondent_credit_code char(18)     not null,
    region                 char(6)      not null,
    product_name           text         not null,
    catalogue_code         char(4),
    model                  text,
    platform               text,
    listing_id             text,
    amount                 numeric(14, 2),
    claim                  text         not null,
    facts                  text         not null,
    harm_known_on          date,
    first_route            varchar(16)  not null,
    route                  varchar(16)  not null,
    stage                  varchar(32)  not null,
    due_by                 date,
    enterprise_due_by      date,
    handled_at             timestamptz,
    settled                boolean,
    method                 text,
    result                 text,
    working_days           integer,
    on_time                boolean,
    overdue_at_enterprise  boolean      not null default false,
    escalated_at           timestamptz,
    accepted_at            timestamptz,
    mediation_due_by       date,
    paused                 boolean      not null default false,
    rejection_ground       varchar(32),
    outcome                text,
    notice_due_by          date,
    satisfied              boolean,
    clue_raised_at         timestamptz,
    last_changed_at        timestamptz  not null
);
create index odr_complaint_respondent on odr_complaint (respondent_credit_code, received_on);
create index odr_complaint_region on odr_complaint (region, received_on);
create index odr_complaint_due on odr_complaint (stage, due_by);
create index odr_complaint_cluster on odr_complaint (catalogue_code, upper(model), received_on) where model is not null;
