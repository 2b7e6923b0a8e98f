package io.omninode.migrations.cli.history;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "27c6a30d7c24", downRevision = "ae1027a6acf0", branchLabels = "feature", message = "add node region")
public final class V3AddNodeRegion implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("alter table node add column region text");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("alter table node drop column region");
    }
}
