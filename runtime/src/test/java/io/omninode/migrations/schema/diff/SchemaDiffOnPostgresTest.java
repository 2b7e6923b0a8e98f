package io.omninode.migrations.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.testing.CatalogShape;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diffs run on PostgreSQL: the database ends as the target schema says, and data survives renames and enum rebuilds. */
@PostgresTest
class SchemaDiffOnPostgresTest {

    private static final Table NODE = Table.named("node")
            .column(Column.of("id", "bigint").notNull())
            .column(Column.of("name", "text").notNull())
            .column(Column.of("status", "node_status").notNull().defaultValue("active"))
            .primaryKey("id");
    private static final Schema FROM = Schema.of(List.of(NODE,
                    Table.named("event").column(Column.of("id", "bigint").notNull()).column("node_id", "bigint")
                            .column(Column.of("kind", "varchar(20)")).primaryKey("id")
                            .foreignKey(ForeignKey.of("node_id").references("node", "id").named("event_node_id_fkey"))),
            List.of(Index.of("event_kind_idx", "event", "kind")),
            List.of(EnumType.of("node_status", "active", "legacy", "retired")), List.of());
    private static final Schema TO = Schema.of(List.of(
                    Table.named("node")
                            .column(Column.of("id", "bigint").notNull())
                            .column(Column.of("title", "text").notNull())
                            .column(Column.of("status", "node_status").notNull().defaultValue("active"))
                            .primaryKey("id"),
                    Table.named("event").column(Column.of("id", "bigint").notNull()).column("node_id", "bigint")
                            .column(Column.of("kind", "varchar(40)")).primaryKey("id")
                            .foreignKey(ForeignKey.of("node_id").references("node", "id").named("event_node_id_fkey")
                                    .onDelete(ReferentialAction.CASCADE)),
                    Table.named("bridge").column(Column.of("left_id", "bigint").notNull())
                            .column(Column.of("right_id", "bigint").notNull()).primaryKey("left_id", "right_id")
                            .foreignKey(ForeignKey.of("left_id").references("node", "id").named("bridge_left_id_fkey"))),
            List.of(Index.of("event_kind_idx", "event", "kind").asUnique()),
            List.of(EnumType.of("node_status", "active", "retired", "archived")), List.of())
            .withRenameHints(List.of(RenameHint.ofColumn(QualifiedName.of("node"), "title", "name")));

    @Test
    void upgradeAndDowngradeReachEachSchemaAndKeepTheData(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Operations op = EngineOperations.on(connection);
            run(op, SchemaDiff.between(Schema.EMPTY, FROM));
            op.execute("insert into node (id, name, status) values (1, 'alpha', 'retired')");

            run(op, SchemaDiff.between(FROM, TO));
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(TO));
            assertThat(query(connection, "select title || ':' || status from node")).isEqualTo("alpha:retired");

            run(op, SchemaDiff.reverse(FROM, TO));
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(FROM));
            assertThat(query(connection, "select name || ':' || status from node")).isEqualTo("alpha:retired");
        }
    }

    private static void run(Operations op, List<SchemaChange> changes) {
        changes.forEach(op::apply);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
