create type node_status as enum ('active', 'retired');
create table node (id bigint primary key, status node_status not null default 'active');
