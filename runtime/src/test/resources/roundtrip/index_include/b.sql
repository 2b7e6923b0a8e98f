create table node (id bigint primary key, name text not null);
create index ix_node_name on node (name) include (id);
