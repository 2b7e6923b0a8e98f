package io.omninode.migrations.cli.history;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "1975ea83b712", message = "create node table")
public final class V1CreateNode implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("create table node (id bigint primary key, name text)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table node");
    }
}
