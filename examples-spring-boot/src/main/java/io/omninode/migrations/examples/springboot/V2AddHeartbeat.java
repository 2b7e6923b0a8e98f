package io.omninode.migrations.examples.springboot;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "9a8b7c6d5e4f", downRevision = "3c4d5e6f7a8b", message = "add node heartbeat")
public final class V2AddHeartbeat implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.execute("alter table node add column last_seen_at timestamptz");
        op.execute("create index ix_node_last_seen_at on node (last_seen_at)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop index ix_node_last_seen_at");
        op.execute("alter table node drop column last_seen_at");
    }
}
