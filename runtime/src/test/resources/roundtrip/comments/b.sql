create table node (id bigint primary key, name text);
comment on table node is 'a node''s table';
comment on column node.name is 'display name';
