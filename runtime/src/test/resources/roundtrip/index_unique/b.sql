create table node (id bigint primary key, name text not null);
create unique index uq_node_name on node (name);
