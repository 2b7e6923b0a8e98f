create sequence invoice_number as integer start with 1000 increment by 5 minvalue 10 maxvalue 100000 cache 4 cycle;
create sequence plain_seq;
