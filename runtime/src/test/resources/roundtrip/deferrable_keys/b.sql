create table slot (id bigint primary key deferrable initially deferred, position integer, shelf integer,
    constraint uq_slot_position unique (position) deferrable initially immediate,
    constraint uq_slot_shelf unique (shelf, position) deferrable initially deferred);
create table ledger (id bigint constraint ledger_pkey primary key deferrable, seq integer unique);
