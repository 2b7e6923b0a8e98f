create extension if not exists pgcrypto;
create schema audit;
create type node_status as enum ('active', 'degraded', 'retired');
create table node (
    id uuid primary key default gen_random_uuid(),
    name varchar(255) not null,
    status node_status not null default 'active',
    created_at timestamptz not null default now(),
    metadata jsonb not null default '{}'
);
create table hook_events (
    id bigint generated always as identity primary key,
    node_id uuid not null references node (id) on delete cascade,
    payload jsonb,
    processed boolean not null default false,
    created_at timestamptz not null default now(),
    constraint ck_hook_payload check (payload is null or jsonb_typeof(payload) = 'object')
);
create index ix_hook_events_created_at on hook_events (created_at desc);
create index ix_hook_events_pending on hook_events (node_id) where not processed;
create table audit.connection_metrics (
    id bigserial primary key,
    node_id uuid references node (id),
    latency_ms integer check (latency_ms >= 0),
    recorded_at timestamptz default now()
);
comment on table hook_events is 'incoming webhook events';
