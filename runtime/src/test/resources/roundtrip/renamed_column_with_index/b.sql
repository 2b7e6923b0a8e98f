create table node (id bigint primary key, name text);
create index ix_node_title on node (name);
