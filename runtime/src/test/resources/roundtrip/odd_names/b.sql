create table "Order" ("Id" bigint primary key, "select" text, "user name" text, "a""b" integer check ("a""b" > 0));
create type "Mood" as enum ('it''s', 'Ok "fine"');
create table "line item" ("order" bigint references "Order" ("Id"), "Mood" "Mood");
create index "Odd Index" on "Order" ("user name" desc);
comment on column "Order"."select" is 'keyword';
