create table node (id bigint generated always as identity primary key, name text);
