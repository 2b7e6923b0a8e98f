create table booking (
    id bigint primary key,
    during tsrange not null,
    price numeric(10,2),
    price_with_tax numeric(10,2) generated always as (price * 1.2) stored,
    code text collate "C",
    exclude using gist (during with &&)
);
alter table booking add constraint ck_price check (price > 0) not valid;
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger trg_touch before update on booking for each row execute function touch();
alter table booking enable row level security;
create policy booking_owner on booking using (true);
create table measurement (at date not null, value integer) partition by range (at);
create table measurement_2026 partition of measurement for values from ('2026-01-01') to ('2027-01-01');
create materialized view booking_count as select count(*) from booking;
create domain money_amount as numeric(12,2) check (value >= 0);
create type pair as (a integer, b integer);
create type floatrange as range (subtype = float8);
create table note (id bigint primary key, body text, amount money_amount, p pair);
