create table node (id bigint primary key, seq serial, big bigserial, small smallserial);
