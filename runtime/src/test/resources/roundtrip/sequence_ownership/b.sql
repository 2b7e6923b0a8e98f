create table invoice (id bigint primary key, number bigint);
create table receipt (id bigint primary key, ref bigint);
create sequence invoice_number owned by invoice.number;
create sequence ticket;
create sequence receipt_ref increment by 2 owned by receipt.ref;
