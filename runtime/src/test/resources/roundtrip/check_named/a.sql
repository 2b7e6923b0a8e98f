create table payment (id bigint primary key, amount numeric(12,2));
