-- listing checks counted per day (China time), platform and reason, kept in the same transaction as the rows of
-- listing_check they count (ListingCheckLog): statistics and the console's charts read these few rows instead of
-- scanning millions of checks a day. reason '' counts every check of the day; another reason counts the checks that
-- gave it.
create table listing_check_daily (
    day          date        not null,
    platform     varchar(64) not null,
    reason       varchar(32) not null,
    checks       bigint      not null,
    intercepted  bigint      not null,
    primary key (day, platform, reason)
);

insert into listing_check_daily (day, platform, reason, checks, intercepted)
select cast(checked_at at time zone 'Asia/Shanghai' as date), platform, '', count(*),
       count(*) filter (where verdict <> 'PASS')
from listing_check group by 1, 2;

insert into listing_check_daily (day, platform, reason, checks, intercepted)
select cast(checked_at at time zone 'Asia/Shanghai' as date), platform, reason, count(*),
       count(*) filter (where verdict <> 'PASS')
from listing_check, unnest(string_to_array(reasons, ',')) as reason
where reasons <> '' group by 1, 2, 3;
