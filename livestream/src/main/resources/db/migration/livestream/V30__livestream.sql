-- livestream's read models. Every table here can be rebuilt from the event store.

-- processing group livestream-subjects: one row per person or organisation (no ID number, no phone here)
create table livestream_subject (
    subject_id        varchar(64)  primary key,
    name              text         not null,
    kind              varchar(16)  not null, -- ORGANISATION or PERSON
    credit_code       char(18),              -- organisations only (public); never an ID number
    blacklisted_until date,
    last_sequence     bigint       not null
);
create index livestream_subject_credit_code on livestream_subject (credit_code);
create index livestream_subject_blacklist on livestream_subject (blacklisted_until) where blacklisted_until is not null;

-- processing group livestream-subjects: each account on each platform, and where findings about it go
create table livestream_account (
    subject_id  varchar(64)  not null,
    platform    varchar(64)  not null,
    account     varchar(200) not null,
    role        varchar(16)  not null,
    region      char(6)      not null,
    closed      boolean      not null default false,
    primary key (platform, role, account)
);
create index livestream_account_subject on livestream_account (subject_id);
create index livestream_account_account on livestream_account (lower(account));

-- processing group livestream-subjects: every region a subject concerns (accounts, findings, blacklist)
create table livestream_subject_region (
    subject_id  varchar(64)  not null,
    region      char(6)      not null,
    primary key (subject_id, region)
);

-- processing group livestream-sessions
create table livestream_session (
    session_id  varchar(64)  primary key,
    subject_id  varchar(64)  not null,
    platform    varchar(64)  not null,
    host_ids    text         not null, -- comma-separated subject ids
    started_at  timestamptz  not null,
    products    integer      not null,
    intercepted integer      not null
);
create index livestream_session_subject on livestream_session (subject_id);

-- processing group livestream-clocks: the legal clocks per account, open while done_on is null
create table livestream_clock (
    subject_id  varchar(64)  not null,
    platform    varchar(64)  not null,
    account     varchar(200) not null,
    kind        varchar(32)  not null,
    due_on      date         not null,
    done_on     date,
    primary key (subject_id, platform, account, kind)
);
create index livestream_clock_open on livestream_clock (due_on) where done_on is null;

-- processing group livestream-reports: the latest semi-annual report per platform and half-year
create table livestream_report (
    platform    varchar(64)  not null,
    period      varchar(8)   not null,
    report_id   varchar(80)  not null,
    filed_at    timestamptz  not null,
    rows_total  integer      not null,
    accepted    integer      not null,
    primary key (platform, period)
);
