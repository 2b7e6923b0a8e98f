create sequence counter;
