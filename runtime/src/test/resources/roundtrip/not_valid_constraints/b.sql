create table node (id bigint primary key);
create table event (id bigint primary key, node_id bigint, amount integer);
alter table event add constraint fk_event_node foreign key (node_id) references node (id) not valid;
alter table event add constraint ck_amount check (amount >= 0) not valid;
create table later (id bigint primary key, node_id bigint, n integer);
alter table later add constraint ck_later_n check (n > 0) not valid;
alter table later add constraint fk_later_node foreign key (node_id) references node (id) not valid;
