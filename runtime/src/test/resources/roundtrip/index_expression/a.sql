create table account (id bigint primary key, email text, first text, last text);
