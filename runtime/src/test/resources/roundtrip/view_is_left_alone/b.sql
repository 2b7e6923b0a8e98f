create table node (id bigint primary key, name text, extra integer);
create view node_names as select id, name from node;
