package io.omninode.migrations.internal.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A freshly migrated database compares clean with the schema that produced it, however the user spelled it. */
@PostgresTest
class ServerCanonicalFormTest {

    /** Written the way people write: aliases, unnamed constraints, expressions without the server's casts. */
    private static final Schema AS_WRITTEN = Schema.of(List.of(
                    Table.named("node")
                            .column(Column.of("id", "int8").identity(Identity.byDefault()))
                            .column(Column.of("status", "node_status").notNull().defaultValue("active"))
                            .primaryKey("id"),
                    Table.named("payment")
                            .column(Column.of("id", "INT").notNull())
                            .column(Column.of("node_id", "bigint").notNull())
                            .column(Column.of("email", "character varying(320)").notNull())
                            .column(Column.of("code", "varchar(8)").defaultExpression("'x'::varchar"))
                            .column(Column.of("amount", "decimal(12, 2)").defaultExpression("0"))
                            .column(Column.of("created_at", "timestamp with time zone").notNull()
                                    .defaultExpression("CURRENT_TIMESTAMP"))
                            .column(Column.of("due", "date").defaultExpression("current_date + 30"))
                            .primaryKey("id")
                            .unique(Unique.of("email"))
                            .check(CheckConstraint.of(null, "amount >= 0"))
                            .check(CheckConstraint.of("ck_code", "code in ('x', 'y')"))
                            .foreignKey(ForeignKey.of("node_id").references("node"))),
            List.of(Index.of("ix_payment_email", "payment", IndexKey.expression("lower(email)")).asUnique(),
                    Index.of("ix_payment_open", "payment", "created_at").where("amount > 0 and due is not null")),
            List.of(EnumType.of("node_status", "active", "retired")), List.of());

    @Test
    void aDatabaseMigratedFromASchemaComparesCleanWithItsServerForm(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Operations op = EngineOperations.on(connection);
            SchemaDiff.between(Schema.EMPTY, AS_WRITTEN).forEach(op::apply);
            Schema live = LiveSchema.read(connection, List.of("public"), Set.of()).schema();

            assertThat(SchemaDiff.between(live, AS_WRITTEN)).as("as written, without the server's help").isNotEmpty();
            Schema expected = ServerCanonicalForm.of(connection, AS_WRITTEN);
            assertThat(SchemaDiff.between(live, expected)).isEmpty();
            assertThat(expected).isEqualTo(live);
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(count(connection, "select count(*) from pg_class where relpersistence = 't'")).isZero();
        }
    }

    @Test
    void aTableTheServerRefusesKeepsItsExpressionsAsWritten(TestDatabase database) {
        Schema unknownType = Schema.of(List.of(Table.named("later")
                        .column(Column.of("mood", "mood_not_created_yet").defaultValue("ok"))
                        .check(CheckConstraint.of("ck_mood", "mood <> 'bad'"))),
                List.of(), List.of(), List.of());
        try (Connection connection = database.connect()) {
            assertThat(ServerCanonicalForm.of(connection, unknownType)).isEqualTo(unknownType);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
