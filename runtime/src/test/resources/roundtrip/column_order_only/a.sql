create table node (id bigint primary key, a text, b integer);
