create table slot (id bigint primary key, position integer, shelf integer, constraint uq_slot_position unique (position));
create table ledger (id bigint, seq integer unique deferrable initially immediate);
