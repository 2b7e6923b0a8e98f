create table word (id bigint primary key, w text);
