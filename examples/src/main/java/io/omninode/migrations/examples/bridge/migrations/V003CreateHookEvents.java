package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Table;

/** Starts the "events" branch, developed in parallel with workflow steps. */
@Migration(
        revision = "3c8e1f2a5b60",
        downRevision = "2b7f0c3d9e41",
        branchLabels = "events",
        message = "create hook events")
public final class V003CreateHookEvents implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable(Table.named("hook_events")
                .column(Column.of("event_id", "bigint").identity(Identity.always()))
                .column(Column.of("source", "varchar(100)").notNull())
                .column(Column.of("payload", "jsonb").notNull())
                .column(Column.of("received_at", "timestamptz").notNull().defaultExpression("now()"))
                .primaryKey("event_id")
                .check(CheckConstraint.of("ck_hook_events_payload_object", "jsonb_typeof(payload) = 'object'")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("hook_events");
    }
}
