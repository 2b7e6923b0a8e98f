create table payment (id bigint primary key, amount numeric(12,2), constraint ck_amount_positive check (amount > 0 and amount < 1000000));
