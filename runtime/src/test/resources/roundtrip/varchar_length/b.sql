create table node (id bigint primary key, code varchar(40));
