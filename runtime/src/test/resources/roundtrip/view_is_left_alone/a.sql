create table node (id bigint primary key, name text);
create view node_names as select id, name from node;
