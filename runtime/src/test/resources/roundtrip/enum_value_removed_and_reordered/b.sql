create type level as enum ('high', 'low');
create table t (id bigint primary key, l level not null default 'low', ls level[]);
