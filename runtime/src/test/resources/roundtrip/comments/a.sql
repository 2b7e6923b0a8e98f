create table node (id bigint primary key, name text);
comment on table node is 'old';
