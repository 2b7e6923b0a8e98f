create table account (id bigint primary key, email text unique, tenant integer, handle text, constraint uq_account_tenant_handle unique (tenant, handle));
