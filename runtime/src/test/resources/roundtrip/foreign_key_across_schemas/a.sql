create schema audit;
create table node (id bigint primary key);
create table audit.entry (id bigint primary key, node_id bigint);
