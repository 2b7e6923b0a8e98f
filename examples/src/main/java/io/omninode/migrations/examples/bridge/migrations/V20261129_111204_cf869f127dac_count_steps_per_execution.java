package io.omninode.migrations.examples.bridge.migrations;

import static io.omninode.migrations.Operations.Option.IF_EXISTS;
import static io.omninode.migrations.Operations.Option.IF_NOT_EXISTS;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * count steps per execution
 *
 * <p>A data migration: a new column, then a backfill in batches of {@value #BATCH_SIZE} executions,
 * each batch committed on its own, so no lock is held on the whole table and a busy service keeps
 * writing. Hence {@code transactional = false}; the column is added with {@code IF NOT EXISTS} and
 * each batch recounts, so a backfill that stopped half-way is simply run again. It reads and writes
 * through the connection, so it has no {@code --sql} form.
 *
 * <pre>
 * Revision ID: cf869f127dac
 * Revises: f15ab7a15093
 * Create Date: 2026-11-29 11:12:04
 * </pre>
 */
@Migration(
        revision = "cf869f127dac",
        downRevision = "f15ab7a15093",
        message = "count steps per execution",
        transactional = false
)
public final class V20261129_111204_cf869f127dac_count_steps_per_execution implements MigrationScript {

    static final int BATCH_SIZE = 500;

    @Override
    public void upgrade(Operations op) throws Exception {
        op.addColumn("workflow_executions", Column.of("step_count", "integer").notNull().defaultValue(0),
                IF_NOT_EXISTS);
        Connection connection = op.connection();
        UUID after = null;
        for (List<UUID> batch = nextBatch(connection, after); !batch.isEmpty(); batch = nextBatch(connection, after)) {
            try (PreparedStatement update = connection.prepareStatement("update workflow_executions e set step_count ="
                    + " (select count(*) from workflow_steps s where s.execution_id = e.execution_id)"
                    + " where e.execution_id = any(?)")) {
                update.setArray(1, connection.createArrayOf("uuid", batch.toArray()));
                update.executeUpdate();
            }
            after = batch.get(batch.size() - 1);
        }
    }

    /** The next executions in key order after {@code after} (from the first when null): keyset paging. */
    private static List<UUID> nextBatch(Connection connection, UUID after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select execution_id from workflow_executions"
                + " where ?::uuid is null or execution_id > ? order by execution_id limit ?")) {
            select.setObject(1, after);
            select.setObject(2, after);
            select.setInt(3, BATCH_SIZE);
            List<UUID> ids = new ArrayList<>(BATCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    @Override
    public void downgrade(Operations op) throws Exception {
        op.dropColumn("workflow_executions", "step_count", IF_EXISTS);
    }
}
