CREATE TABLE event (
    id bigint NOT NULL,
    node_id bigint,
    CONSTRAINT event_pkey PRIMARY KEY (id)
);
CREATE TABLE node (
    id bigint NOT NULL,
    CONSTRAINT node_pkey PRIMARY KEY (id)
);
ALTER TABLE event ADD CONSTRAINT event_node_id_fkey FOREIGN KEY (node_id) REFERENCES node (id);
