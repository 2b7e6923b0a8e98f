create table node (id bigint primary key, title text);
create index ix_node_title on node (title);
