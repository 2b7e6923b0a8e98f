create table node (id bigint not null primary key, name text);
