create table node (id bigint primary key);
