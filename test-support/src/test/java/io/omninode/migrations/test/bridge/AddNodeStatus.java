package io.omninode.migrations.test.bridge;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;

/** Revision 5e1a7c0de002 of the stand-in project. */
public final class AddNodeStatus implements MigrationScript {

    static final String REVISION = "5e1a7c0de002";

    @Override
    public void upgrade(Operations op) {
        op.execute("alter table node_registration add column status text");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("alter table node_registration drop column status");
    }
}
