create table payment (id bigint primary key, amount integer check (amount >= 10), currency text check (currency in ('EUR', 'USD')));
