create type level as enum ('low', 'mid', 'high', 'max');
create table t (id bigint primary key, l level default 'low');
