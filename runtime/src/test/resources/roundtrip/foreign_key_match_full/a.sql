create table node (tenant integer not null, id bigint not null, primary key (tenant, id));
create table event (id bigint primary key, tenant integer, node_id bigint,
    constraint fk_event_node foreign key (tenant, node_id) references node (tenant, id));
