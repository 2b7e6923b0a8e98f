create table v (id bigint primary key);
