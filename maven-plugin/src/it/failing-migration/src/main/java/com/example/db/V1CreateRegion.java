package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

/** Runs, and is rolled back with the command when the next one fails. */
@Migration(revision = "5e6f7a8b9c0d", message = "create region table")
public final class V1CreateRegion implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("create table region (code varchar(8) primary key, name text not null)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table region");
    }
}
