create table event (id bigint primary key, at timestamptz, kind text);
create index ix_event_at on event (at desc nulls last, kind nulls first);
