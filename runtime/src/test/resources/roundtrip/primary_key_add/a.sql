create table node (id bigint not null, name text);
