create extension if not exists pgcrypto;
create table node (id bigint primary key, at timestamptz not null default now(), token text default md5(random()::text), day date default CURRENT_DATE);
