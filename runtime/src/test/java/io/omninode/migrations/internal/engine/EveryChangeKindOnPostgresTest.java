package io.omninode.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.ChangeExamples;
import io.omninode.migrations.schema.change.SchemaChange;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The shared example of every change kind runs on PostgreSQL as rendered, and leaves the tables that
 * applying the same changes in memory leaves: a new kind is run on a real server as soon as it has
 * an example.
 */
class EveryChangeKindOnPostgresTest extends OnPostgres {

    @Test
    void everyChangeKindRunsOnPostgresAndEndsWhereTheInMemorySchemaEnds() throws SQLException {
        Schema inMemory = Schema.EMPTY;
        PostgresDialect dialect = new PostgresDialect();
        for (SchemaChange change : ChangeExamples.everyKind()) {
            // Inside a transaction unless the dialect says PostgreSQL refuses that, so a wrong answer fails here.
            connection.setAutoCommit(dialect.requiresNoTransaction(change));
            ((SqlOperations) op).apply(change);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            inMemory = inMemory.apply(change);
        }
        connection.setAutoCommit(true);

        assertThat(catalog.list("select table_schema || '.' || table_name from information_schema.tables"
                + " where table_schema not in ('pg_catalog', 'information_schema') order by 1"))
                .containsExactlyElementsOf(inMemory.tables().stream()
                        .map(t -> (t.name().schema() == null ? "public" : t.name().schema()) + "." + t.name().name())
                        .sorted().toList());
        assertThat(catalog.list("select column_name from information_schema.columns"
                + " where table_schema = 'public' and table_name = 'node' order by ordinal_position"))
                .containsExactlyElementsOf(inMemory.table(ChangeExamples.NODE).orElseThrow().columns().stream()
                        .map(Column::name).toList());
    }
}
