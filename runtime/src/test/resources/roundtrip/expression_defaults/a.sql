create table node (id bigint primary key, at timestamptz, token text);
