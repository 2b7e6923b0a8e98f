package io.omninode.migrations.examples.bridge.migrations;

import static io.omninode.migrations.Operations.Option.CONCURRENTLY;
import static io.omninode.migrations.Operations.Option.IF_EXISTS;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;

/** Builds indexes without locking writers: CONCURRENTLY needs a migration outside a transaction. */
@Migration(
        revision = "6f1c4d5e8a93",
        downRevision = "5e0b3c4d7f82",
        transactional = false,
        message = "index hook events concurrently")
public final class V006IndexHookEventsConcurrently implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createIndex(Index.of("ix_hook_events_received_at", "hook_events", IndexKey.column("received_at").desc()),
                CONCURRENTLY);
        op.createIndex(Index.of("ix_hook_events_payload", "hook_events", IndexKey.column("payload"))
                .using(IndexMethod.GIN), CONCURRENTLY);
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_hook_events_payload", CONCURRENTLY, IF_EXISTS);
        op.dropIndex("ix_hook_events_received_at", CONCURRENTLY, IF_EXISTS);
    }
}
