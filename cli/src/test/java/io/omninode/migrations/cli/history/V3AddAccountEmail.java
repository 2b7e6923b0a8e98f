package io.omninode.migrations.cli.history;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "27f0b9e1d355", downRevision = "ae1027a6acf0", message = "add account email")
public final class V3AddAccountEmail implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("alter table account add column email text");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("alter table account drop column email");
    }
}
