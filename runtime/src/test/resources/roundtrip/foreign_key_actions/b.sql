create table node (id bigint primary key);
create table event (id bigint primary key, node_id bigint references node (id) on delete cascade on update set null);
