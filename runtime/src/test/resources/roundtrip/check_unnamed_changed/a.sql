create table payment (id bigint primary key, amount integer check (amount >= 0));
