create table node (id bigint primary key, kind text default 'b', n integer default 1, ok boolean default true, price numeric(8,2) default 2.25, neg integer default -2);
