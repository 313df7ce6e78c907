-- how far each node's check journal (files in its data directory) has reached listing_check: moved in the same
-- transaction as the rows it wrote, so a restart neither loses nor repeats a check
create table listing_check_journal (
    node        varchar(64) primary key,
    segment     bigint      not null,
    byte_offset bigint      not null
);
