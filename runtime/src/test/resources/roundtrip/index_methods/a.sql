create table doc (id bigint primary key, body jsonb, tags text[], at timestamptz, code text);
