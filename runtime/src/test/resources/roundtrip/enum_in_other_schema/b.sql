create schema audit;
create type audit.severity as enum ('info', 'warn');
create table audit.entry (id bigint primary key, severity audit.severity not null);
