create table node (id int8 primary key, code varchar(10) default 'x', n int4 default '5', f float8, at timestamptz);
