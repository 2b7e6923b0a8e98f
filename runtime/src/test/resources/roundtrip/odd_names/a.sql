create table "Order" ("Id" bigint primary key);
