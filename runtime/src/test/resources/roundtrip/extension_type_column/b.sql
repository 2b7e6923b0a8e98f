create extension citext;
create table account (id bigint primary key, email citext unique);
