package io.omninode.migrations.examples.bridge.entities;

import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.References;
import io.omninode.migrations.annotations.Table;
import java.util.UUID;

/** A step of a workflow execution, keyed by the execution and its position. */
@Table(name = "workflow_steps")
public record WorkflowStep(
        @Id @References(table = "workflow_executions", name = "fk_workflow_steps_execution",
                onDelete = References.Action.CASCADE) UUID executionId,
        @Id int stepIndex,
        @Column(length = 200, nullable = false) String stepName,
        @Column(renamedFrom = "duration_ms") Long elapsedMs) {}
