package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Table;

@Migration(revision = "4d9a2b3c6e71", downRevision = "2b7f0c3d9e41", message = "create workflow steps")
public final class V004CreateWorkflowSteps implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable(Table.named("workflow_steps")
                .column(Column.of("execution_id", "uuid").notNull())
                .column(Column.of("step_index", "integer").notNull())
                .column(Column.of("step_name", "varchar(200)").notNull())
                .column(Column.of("duration_ms", "bigint"))
                .primaryKey("execution_id", "step_index")
                .foreignKey(ForeignKey.of("execution_id").references("workflow_executions", "execution_id")
                        .onDelete(ReferentialAction.CASCADE).named("fk_workflow_steps_execution")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("workflow_steps");
    }
}
