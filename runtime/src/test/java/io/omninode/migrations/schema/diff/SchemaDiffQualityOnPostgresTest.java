package io.omninode.migrations.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue 12 diff fixes, run: the name guessed for an unnamed check is PostgreSQL's, ALTER SEQUENCE keeps the value. */
@PostgresTest
class SchemaDiffQualityOnPostgresTest {

    @Test
    void anUnnamedCheckIsDroppedUnderTheNamePostgresGaveIt(TestDatabase database) throws SQLException {
        Table ledger = Table.named("ledger").column(Column.of("id", "bigint")).column(Column.of("amount", "numeric"));
        Schema unnamed = Schema.EMPTY.withTables(List.of(ledger.check(CheckConstraint.of(null, "0 <= amount"))));
        Schema none = Schema.EMPTY.withTables(List.of(ledger));
        try (Connection connection = database.connect()) {
            Operations op = EngineOperations.on(connection);
            SchemaDiff.between(Schema.EMPTY, unnamed).forEach(op::apply);
            assertThat(query(connection, "select conname from pg_constraint where conrelid = 'ledger'::regclass")).isEqualTo("ledger_amount_check");

            SchemaDiff.between(unnamed, none).forEach(op::apply);

            assertThat(query(connection, "select count(*) from pg_constraint where conrelid = 'ledger'::regclass")).isEqualTo("0");
        }
    }

    @Test
    void changedSequenceOptionsKeepTheCurrentValue(TestDatabase database) throws SQLException {
        Schema before = Schema.EMPTY.withSequences(List.of(Sequence.of("invoice_no")
                .options(SequenceOptions.DEFAULTS.startWith(1000))));
        Schema after = Schema.EMPTY.withSequences(List.of(Sequence.of("invoice_no")
                .options(SequenceOptions.DEFAULTS.startWith(1000).incrementBy(5).maxValue(100_000).cache(10))));
        try (Connection connection = database.connect()) {
            Operations op = EngineOperations.on(connection);
            SchemaDiff.between(Schema.EMPTY, before).forEach(op::apply);
            assertThat(query(connection, "select nextval('invoice_no')")).isEqualTo("1000");

            SchemaDiff.between(before, after).forEach(op::apply);

            assertThat(query(connection, "select nextval('invoice_no')")).isEqualTo("1005");
            assertThat(query(connection, "select increment_by || ' ' || max_value || ' ' || cache_size"
                    + " from pg_sequences where sequencename = 'invoice_no'")).isEqualTo("5 100000 10");
            SchemaDiff.reverse(before, after).forEach(op::apply);
            assertThat(query(connection, "select increment_by || ' ' || max_value || ' ' || cache_size"
                    + " from pg_sequences where sequencename = 'invoice_no'")).isEqualTo("1 9223372036854775807 1");
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
