create table node (id bigint primary key, name text not null, status text not null default 'active', seen integer default 0);
