package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "0c1d2e3f4a5b", message = "create node table")
public final class V1CreateNode implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("create table node (id bigint primary key)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table node");
    }
}
