create domain positive_int as integer check (value > 0);
create table t (id bigint primary key);
