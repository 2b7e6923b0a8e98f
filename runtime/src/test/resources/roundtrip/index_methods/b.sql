create table doc (id bigint primary key, body jsonb, tags text[], at timestamptz, code text);
create index ix_doc_body on doc using gin (body jsonb_path_ops);
create index ix_doc_tags on doc using gin (tags);
create index ix_doc_at on doc using brin (at);
create index ix_doc_code on doc using hash (code);
