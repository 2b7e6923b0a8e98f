create table node (id bigint primary key, name text not null);
create index ix_node_name_id on node (name, id);
