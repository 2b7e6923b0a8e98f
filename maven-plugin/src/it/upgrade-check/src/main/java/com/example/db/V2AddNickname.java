package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "ae1027a6acf", downRevision = "1975ea83b712", message = "add account nickname")
public final class V2AddNickname implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("alter table account add column nickname text");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("alter table account drop column nickname");
    }
}
