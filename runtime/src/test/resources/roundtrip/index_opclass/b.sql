create table word (id bigint primary key, w text);
create index ix_word_w on word (w text_pattern_ops);
