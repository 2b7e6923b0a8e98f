create table node (id bigint primary key);
create table event (
    id bigint primary key,
    node_id bigint constraint fk_event_node references node (id),
    amount integer constraint ck_amount check (amount >= 0)
);
