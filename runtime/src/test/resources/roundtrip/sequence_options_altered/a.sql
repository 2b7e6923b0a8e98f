create sequence invoice_no start 1000;
select nextval('invoice_no');
