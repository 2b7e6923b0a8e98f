create table line (id bigint primary key, price numeric(10,2), qty integer, name text, total numeric(12,2) generated always as (price * qty) stored);
create index ix_line_total on line (total);
