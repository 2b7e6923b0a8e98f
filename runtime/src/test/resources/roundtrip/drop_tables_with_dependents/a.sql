create table node (id bigint primary key);
create table event (id bigint primary key, node_id bigint references node (id));
create table tag (event_id bigint references event (id), label text);
create index ix_tag_label on tag (label);
