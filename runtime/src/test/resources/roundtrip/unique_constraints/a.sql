create table account (id bigint primary key, email text, tenant integer, handle text);
