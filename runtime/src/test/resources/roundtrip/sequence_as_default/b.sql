create sequence invoice_number start with 1000;
create table invoice (id bigint primary key, number bigint not null default nextval('invoice_number'));
