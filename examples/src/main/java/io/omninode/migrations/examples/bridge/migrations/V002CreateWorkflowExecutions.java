package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Table;

@Migration(revision = "2b7f0c3d9e41", downRevision = "1975ea83b712", message = "create workflow executions")
public final class V002CreateWorkflowExecutions implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable(Table.named("workflow_executions")
                .column(Column.of("execution_id", "uuid").notNull())
                .column(Column.of("node_id", "uuid").notNull())
                .column(Column.of("workflow_name", "varchar(200)").notNull())
                .column(Column.of("state", "varchar(32)").notNull().defaultValue("pending"))
                .column(Column.of("input", "jsonb"))
                .column(Column.of("started_at", "timestamptz").notNull().defaultExpression("now()"))
                .column(Column.of("finished_at", "timestamptz"))
                .primaryKey("execution_id")
                .foreignKey(ForeignKey.of("node_id").references("node_registrations", "node_id")
                        .onDelete(ReferentialAction.CASCADE).named("fk_workflow_executions_node")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("workflow_executions");
    }
}
