create table node (b integer, id bigint primary key, a text);
