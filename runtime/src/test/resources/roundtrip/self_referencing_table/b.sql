create table node (id bigint primary key, parent_id bigint references node (id) on delete cascade);
