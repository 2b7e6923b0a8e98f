create table node (id bigint primary key, kind text default 'a', n integer default 0, ok boolean default false, price numeric(8,2) default 1.5, neg integer default -1);
