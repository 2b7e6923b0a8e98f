package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

/** Fails on purpose: the column exists already (SQLSTATE 42701). */
@Migration(revision = "2b7c9d1e0f34", downRevision = "5e6f7a8b9c0d", message = "add region name again")
public final class V2AddNameAgain implements MigrationScript {
    @Override
    public void upgrade(Operations op) throws Exception {
        op.execute("alter table region add column name text");
    }

    @Override
    public void downgrade(Operations op) throws Exception {
        throw new UnsupportedOperationException("never applied");
    }
}
