create schema audit;
create table audit.log (id bigint primary key, at timestamptz default now(), msg text);
create index ix_log_at on audit.log (at);
create sequence audit.log_seq;
comment on table audit.log is 'audit trail';
