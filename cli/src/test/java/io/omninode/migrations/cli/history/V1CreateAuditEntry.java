package io.omninode.migrations.cli.history;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "5d0c1e2f3a44", branchLabels = "audit", message = "create audit entry")
public final class V1CreateAuditEntry implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.execute("create table audit_entry (id bigint primary key)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table audit_entry");
    }
}
