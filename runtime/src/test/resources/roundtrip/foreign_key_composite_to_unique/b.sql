create table node (tenant integer not null, code text not null, unique (tenant, code));
create table event (id bigint primary key, tenant integer, code text, foreign key (tenant, code) references node (tenant, code) on delete restrict);
