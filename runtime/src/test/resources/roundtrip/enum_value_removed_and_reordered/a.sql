create type level as enum ('low', 'mid', 'high');
create table t (id bigint primary key, l level not null default 'mid', ls level[]);
