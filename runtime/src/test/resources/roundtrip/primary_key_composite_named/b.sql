create table link (a bigint not null, b bigint not null, constraint pk_link primary key (a, b));
