create type level as enum ('low', 'high');
create table t (id bigint primary key, l level default 'low');
