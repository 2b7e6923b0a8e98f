create table line (id bigint primary key, price numeric(10,2), qty integer, name text collate "C", code varchar(8) collate "POSIX", total numeric(12,2) generated always as (price * qty + 1) stored, net numeric(12,2) generated always as (price * 0.8) stored);
create index ix_line_total on line (total);
