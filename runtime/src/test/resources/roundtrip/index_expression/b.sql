create table account (id bigint primary key, email text, first text, last text);
create unique index uq_account_email on account (lower(email));
create index ix_account_full on account ((first || ' ' || last));
