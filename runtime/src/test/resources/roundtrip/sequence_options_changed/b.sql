create sequence counter increment by -1;
