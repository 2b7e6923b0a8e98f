create schema audit;
create table audit.log (id bigint primary key);
