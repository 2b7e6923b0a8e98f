create table node (id bigint primary key, name text not null);
