-- enforcement's read models. Every table here can be rebuilt from the event store.

-- processing group enforcement-case-view: one row per clue or case, for lists and deadlines
create table enforcement_case (
    case_id           varchar(36)  primary key,
    stage             varchar(32)  not null,
    source            varchar(32)  not null,
    competent_region  char(6)      not null,
    lead_region       char(6),
    party_name        text         not null,
    party_credit_code char(18),
    product           text,
    raised_at         timestamptz  not null,
    next_due_on       date,
    overdue           boolean      not null default false,
    last_changed_at   timestamptz  not null,
    last_sequence     bigint       not null
);
create index enforcement_case_due on enforcement_case (next_due_on) where next_due_on is not null;

-- which regions may see a case: the competent region and every region it was shared with
create table enforcement_case_access (
    case_id varchar(36) not null references enforcement_case (case_id) on delete cascade,
    region  char(6)     not null,
    primary key (case_id, region)
);
create index enforcement_case_access_region on enforcement_case_access (region);

-- processing group enforcement-serious-violations: the serious-violation list (SAMR Order 44)
create table serious_violation (
    credit_code        char(18)    primary key,
    party_name         text        not null,
    case_id            varchar(36) not null,
    listed_at          timestamptz not null,
    earliest_removal_on date       not null,
    automatic_exit_on  date        not null,
    delisted_at        timestamptz,
    delisting_reason   varchar(32)
);
