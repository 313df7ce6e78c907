-- Who may call Tianping. Organisations (platforms, certification bodies, manufacturers) call with an API key,
-- people (regulators, auditors, admins) with a password. Only hashes are stored.
create table principal (
    id            varchar(64)  primary key,
    role          varchar(32)  not null,
    display_name  varchar(200) not null,
    organisation  varchar(64),
    region        char(6),
    password_hash varchar(100),
    api_key_hash  char(64)     unique,
    check (password_hash is not null or api_key_hash is not null)
);
