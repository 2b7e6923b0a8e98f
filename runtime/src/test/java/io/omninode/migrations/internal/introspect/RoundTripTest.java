package io.omninode.migrations.internal.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip suite: each folder under {@code roundtrip/} holds a schema pair, {@code a.sql} and
 * {@code b.sql} (and optionally {@code expected.sql}, the statements the A to B diff must render).
 * Both are loaded into fresh databases and introspected; the diff from A to B is applied to A the way
 * the engine applies changes; then A and B must introspect the same (the diff is empty) and agree on
 * the server's own DDL text, up to column order. Then the same from B to A. A new case is a new folder.
 */
@PostgresTest
class RoundTripTest {

    private static final String ROOT = "roundtrip";

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(RoundTripTest.class.getClassLoader().getResource(ROOT)).toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBecomesBAndBBecomesA(String name, TestDatabase server) throws Exception {
        String a = read(name, "a.sql");
        String b = read(name, "b.sql");
        List<String> rendered = roundTrip(server, a, b);
        String expected = readOptional(name, "expected.sql");
        if (expected != null) {
            assertThat(String.join(";\n", rendered) + ";").as("statements A to B").isEqualTo(expected.strip());
        }
        roundTrip(server, b, a);
    }

    /** Loads both, applies the diff from {@code from} to {@code to}, checks that they agree; the statements run. */
    private static List<String> roundTrip(TestDatabase server, String from, String to) throws Exception {
        try (ScratchDatabase source = ScratchDatabase.create(server); ScratchDatabase target = ScratchDatabase.create(server);
                Connection sourceConnection = source.connect(); Connection targetConnection = target.connect()) {
            execute(sourceConnection, from);
            execute(targetConnection, to);
            Introspection wanted = read(targetConnection);
            List<SchemaChange> changes = SchemaDiff.between(read(sourceConnection).schema(), wanted.schema());
            List<String> rendered = new ArrayList<>();
            PostgresDialect dialect = new PostgresDialect();
            changes.forEach(c -> dialect.render(c).stream().map(SqlStatement::sql).forEach(rendered::add));

            Operations op = EngineOperations.on(sourceConnection);
            changes.forEach(op::apply);

            Introspection after = read(sourceConnection);
            assertThat(SchemaDiff.between(after.schema(), wanted.schema())).as("diff after applying %s", rendered)
                    .isEmpty();
            assertThat(after.notCompared()).isEqualTo(wanted.notCompared());
            assertThat(CatalogFingerprint.of(sourceConnection)).as("catalog after applying %s", rendered)
                    .isEqualTo(CatalogFingerprint.of(targetConnection));
            return rendered;
        }
    }

    private static Introspection read(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>(List.of("public"));
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select nspname from pg_namespace where nspname not like 'pg\\_%'"
                        + " and nspname not in ('information_schema', 'public') order by 1")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return LiveSchema.read(connection, schemas, Set.of());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String read(String name, String file) throws IOException {
        return Objects.requireNonNull(readOptional(name, file), ROOT + "/" + name + "/" + file + " is missing");
    }

    private static String readOptional(String name, String file) throws IOException {
        try (var in = RoundTripTest.class.getClassLoader().getResourceAsStream(ROOT + "/" + name + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
