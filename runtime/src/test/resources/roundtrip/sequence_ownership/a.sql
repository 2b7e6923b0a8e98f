create table invoice (id bigint primary key, number bigint);
create table legacy (id bigint primary key, code bigint);
create sequence invoice_number;
create sequence legacy_code owned by legacy.code;
create sequence ticket owned by invoice.id;
