CREATE TYPE "Mood" AS ENUM ('it''s', 'Ok "fine"');
ALTER TABLE "Order" ADD COLUMN "select" text;
COMMENT ON COLUMN "Order"."select" IS 'keyword';
ALTER TABLE "Order" ADD COLUMN "user name" text;
ALTER TABLE "Order" ADD COLUMN "a""b" integer;
CREATE TABLE "line item" (
    "order" bigint,
    "Mood" "Mood"
);
ALTER TABLE "Order" ADD CONSTRAINT "Order_a""b_check" CHECK ("a""b" > 0);
CREATE INDEX "Odd Index" ON "Order" ("user name" DESC);
ALTER TABLE "line item" ADD CONSTRAINT "line item_order_fkey" FOREIGN KEY ("order") REFERENCES "Order" ("Id");
