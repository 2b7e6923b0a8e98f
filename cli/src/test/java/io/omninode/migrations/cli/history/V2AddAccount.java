package io.omninode.migrations.cli.history;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "ae1027a6acf0", downRevision = "1975ea83b712", message = "add account table")
public final class V2AddAccount implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("create table account (id bigint primary key)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table account");
    }
}
