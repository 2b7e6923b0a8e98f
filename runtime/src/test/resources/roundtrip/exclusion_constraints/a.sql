create extension btree_gist;
create table booking (id bigint primary key, room integer not null, during tstzrange not null,
    cancelled boolean not null default false,
    constraint booking_room_overlap exclude using gist (room with =, during with &&));
create table slot (id bigint, span int4range);
