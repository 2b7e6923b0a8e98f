create table node (id bigint primary key, code character varying(10) default 'y'::character varying, n integer default 6, f double precision, at timestamp with time zone default now());
