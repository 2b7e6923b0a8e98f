package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "1975ea83b712", message = "create account table")
public final class V1CreateAccount implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("create table account (id bigint primary key, email varchar(320) not null)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table account");
    }
}
