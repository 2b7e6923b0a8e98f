package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

/** Fails on purpose: the column exists already (SQLSTATE 42701). */
@Migration(revision = "2b7c9d1e0f34", downRevision = "1975ea83b712", message = "add email again")
public final class V2AddEmailAgain implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("alter table account add column email text");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("alter table account drop column email");
    }
}
