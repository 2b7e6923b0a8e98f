ALTER TABLE event DROP CONSTRAINT fk_event_node;
ALTER TABLE event DROP CONSTRAINT ck_amount;
CREATE TABLE later (
    id bigint NOT NULL,
    node_id bigint,
    n integer,
    CONSTRAINT later_pkey PRIMARY KEY (id)
);
ALTER TABLE event ADD CONSTRAINT ck_amount CHECK (amount >= 0) NOT VALID;
ALTER TABLE later ADD CONSTRAINT ck_later_n CHECK (n > 0) NOT VALID;
ALTER TABLE event ADD CONSTRAINT fk_event_node FOREIGN KEY (node_id) REFERENCES node (id) NOT VALID;
ALTER TABLE later ADD CONSTRAINT fk_later_node FOREIGN KEY (node_id) REFERENCES node (id) NOT VALID;
