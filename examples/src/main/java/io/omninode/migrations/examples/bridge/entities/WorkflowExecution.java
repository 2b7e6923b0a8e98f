package io.omninode.migrations.examples.bridge.entities;

import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.Index;
import io.omninode.migrations.annotations.References;
import io.omninode.migrations.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of a workflow on a node; its steps are {@link WorkflowStep}s. The partial index holds only the
 * running executions (a small share of the table), which the scheduler looks up per node.
 */
@Table(name = "workflow_executions",
        indexes = @Index(name = "ix_workflow_executions_running", columns = "node_id", where = "finished_at IS NULL"))
public record WorkflowExecution(
        @Id UUID executionId,
        @Column(nullable = false) @References(table = "node_registrations", name = "fk_workflow_executions_node",
                onDelete = References.Action.CASCADE) UUID nodeId,
        @Column(length = 200, nullable = false) String workflowName,
        @Column(length = 32, nullable = false, defaultValue = "pending") String state,
        @Column(type = "jsonb") String input,
        @Column(nullable = false, defaultExpression = "now()") Instant startedAt,
        Instant finishedAt,
        @Column(defaultValue = "0") int stepCount) {}
