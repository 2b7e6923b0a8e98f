create extension pg_trgm;
create table word (id bigint primary key, w text);
create index ix_word_trgm on word using gin (w gin_trgm_ops);
