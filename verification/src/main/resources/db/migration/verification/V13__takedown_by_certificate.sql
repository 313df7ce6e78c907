-- the console's certificate page lists the takedown notices a certificate caused
create index takedown_notice_by_certificate on takedown_notice (certificate_number, issued_at);
