create extension btree_gist;
create table booking (id bigint primary key, room integer not null, during tstzrange not null,
    cancelled boolean not null default false,
    constraint booking_room_overlap exclude using gist (room with =, during with &&) where (not cancelled)
        deferrable initially deferred);
create table slot (id bigint, span int4range, constraint slot_no_overlap exclude using gist (span with &&));
create table shift (id bigint, worker integer, hours tsrange,
    constraint shift_overlap exclude using gist (worker with =, hours with &&));
