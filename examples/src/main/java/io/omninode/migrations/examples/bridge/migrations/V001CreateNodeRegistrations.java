package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;

@Migration(revision = "1975ea83b712", message = "create node registrations")
public final class V001CreateNodeRegistrations implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createEnum("node_status", "active", "draining", "retired");
        op.createTable(Table.named("node_registrations")
                .column(Column.of("node_id", "uuid").notNull())
                .column(Column.of("node_type", "varchar(64)").notNull())
                .column(Column.of("endpoint", "text").notNull())
                .column(Column.of("status", SqlType.named(null, "node_status")).notNull().defaultValue("active"))
                .column(Column.of("registered_at", "timestamptz").notNull().defaultExpression("now()"))
                .primaryKey("node_id")
                .unique(Unique.of("endpoint").named("uq_node_registrations_endpoint"))
                .comment("ONEX nodes known to the bridge"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("node_registrations");
        op.dropEnum("node_status");
    }
}
