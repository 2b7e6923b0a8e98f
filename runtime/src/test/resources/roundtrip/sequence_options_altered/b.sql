create sequence invoice_no increment by 5 start 1000 maxvalue 100000 cache 10 cycle;
