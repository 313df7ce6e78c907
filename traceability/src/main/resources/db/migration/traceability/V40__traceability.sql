-- traceability's tables. Products, recalls and clone suspicions are read models of events (rebuildable); capture jobs,
-- EPCIS events, item states and scans are written by capture and scans themselves (see traceability/README.md).

-- processing group traceability-products (subscribing: written in the registering transaction)
create table traceability_product (
    gtin                     char(14)     primary key,
    name                     text         not null,
    model                    text         not null,
    certificate_number       char(16)     not null,
    manufacturer_name        text         not null,
    manufacturer_credit_code char(18)     not null,
    catalogue_code           char(4)      not null,
    product_name             text         not null,
    registered_at            timestamptz  not null
);
create index traceability_product_by_manufacturer on traceability_product (manufacturer_credit_code);

-- EPCIS capture jobs (the REST binding's /capture/{captureID}); a job's document is not kept
create table traceability_capture_job (
    capture_id       varchar(36)  primary key,
    owner            char(18)     not null,
    behaviour        varchar(8)   not null,
    running          boolean      not null,
    success          boolean,
    events_captured  integer      not null default 0,
    errors           text         not null default '[]', -- JSON
    created_at       timestamptz  not null,
    finished_at      timestamptz
);

-- captured EPCIS events, each kept whole as JSON; an error declaration updates the event it declares
create table traceability_epcis_event (
    event_id           text         primary key,
    capture_id         varchar(36)  not null,
    owner              char(18)     not null,
    event_type         varchar(32)  not null,
    event_time         timestamptz  not null,
    biz_step           text,
    disposition        text,
    action             varchar(8),
    recall_level       varchar(16),
    unit_count         bigint       not null,
    document           text         not null, -- the event's JSON
    error_declaration  text,                  -- JSON of its errorDeclaration, once declared erroneous
    recorded_at        timestamptz  not null
);
create index traceability_epcis_event_by_time on traceability_epcis_event (event_time);
create index traceability_epcis_event_by_step on traceability_epcis_event (biz_step, event_time);

-- every identifier an event names, in canonical Digital Link form for GS1 keys: URN and Digital Link meet here
create table traceability_event_epc (
    epc       text  not null,
    event_id  text  not null,
    primary key (epc, event_id)
);

-- the state of each serialised item, as the last event that changed it left it
create table traceability_item (
    gtin        char(14)     not null,
    serial      varchar(20)  not null,
    lot         varchar(20),
    state       varchar(16)  not null, -- COMMISSIONED, DECOMMISSIONED, DESTROYED
    changed_at  timestamptz  not null,
    event_id    text         not null,
    primary key (gtin, serial)
);

-- consumers' scans reported by platforms' apps
create table traceability_scan (
    id          bigserial     primary key,
    gtin        char(14)      not null,
    serial      varchar(20)   not null,
    scanned_at  timestamptz   not null,
    lat         double precision not null,
    lon         double precision not null,
    device      varchar(200)  not null,
    platform    varchar(64)   not null
);
create index traceability_scan_by_item on traceability_scan (gtin, serial, scanned_at);

-- processing group traceability-recalls
create table traceability_recall (
    recall_id                varchar(36)  primary key,
    gtin                     char(14)     not null,
    lots                     text         not null, -- JSON array, empty for every lot
    hazard                   text         not null,
    remedy                   text         not null,
    certificate_number       char(16)     not null,
    model                    text         not null,
    manufacturer_name        text         not null,
    manufacturer_credit_code char(18)     not null,
    ordered_by               text,
    affected_units           bigint       not null,
    announced_at             timestamptz  not null
);
create index traceability_recall_by_gtin on traceability_recall (gtin);

create table traceability_recall_report (
    recall_id     varchar(36)  not null,
    month         char(7)      not null,
    manufacturer  bigint       not null,
    distributor   bigint       not null,
    retailer      bigint       not null,
    consumer      bigint       not null,
    reported_by   text,
    reported_at   timestamptz  not null,
    primary key (recall_id, month)
);

-- processing group traceability-clones
create table traceability_clone (
    gtin        char(14)     not null,
    serial      varchar(20)  not null,
    reason      varchar(32)  not null,
    evidence    text         not null,
    suspected_at timestamptz not null,
    primary key (gtin, serial)
);
