create type kind as enum ('a', 'b');
create table t (id bigint primary key, k kind check (k <> 'b'));
