package io.omninode.migrations.internal.check;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.DatabaseNotUpToDateException;
import io.omninode.migrations.DatabaseSchema;
import io.omninode.migrations.NotComparedObject;
import io.omninode.migrations.SchemaCheck;
import io.omninode.migrations.config.MigratorSettings;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.internal.introspect.Introspection;
import io.omninode.migrations.internal.introspect.LiveSchema;
import io.omninode.migrations.internal.introspect.ServerCanonicalForm;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a live database and compares it with its expected schemas. The database's default schema
 * (its {@code current_schema()}) is the model's unqualified one, as in entities and snapshots; the
 * version and audit tables are left out.
 *
 * <pre>{@code
 * SchemaCheck check = new LiveComparison(settings, graph).check(connection, versionRows);
 * }</pre>
 */
public final class LiveComparison {

    /** The queries {@link #read} makes before the introspector's: the default schema, then the list of schemas. */
    private static final int SCHEMA_QUERIES = 2;

    private final MigratorSettings settings;
    private final RevisionGraph graph;

    public LiveComparison(MigratorSettings settings, RevisionGraph graph) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Every schema of the database that is not the server's own, the default one first. */
    public DatabaseSchema read(Connection connection) {
        String defaultSchema = defaultSchema(connection);
        List<String> schemas = new ArrayList<>(List.of(defaultSchema));
        query(connection, "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_'"
                + " AND nspname <> 'information_schema' ORDER BY nspname").stream()
                .filter(s -> !s.equals(defaultSchema)).forEach(schemas::add);
        Introspection live = LiveSchema.read(connection, schemas, skipped(defaultSchema));
        return new DatabaseSchema(live.schema(), publicForm(live), live.catalogQueries() + SCHEMA_QUERIES);
    }

    /**
     * Compares the database with the entities and the snapshot of its revision.
     *
     * @throws DatabaseNotUpToDateException when the version rows are not the heads
     * @throws ConfigurationException when there is nothing to compare with
     */
    public SchemaCheck check(Connection connection, List<String> versionRows) {
        return checkIfExpected(connection, versionRows).orElseThrow(() ->
                new ConfigurationException(ExpectedSchemas.nothingToCompare(settings, versionRows)));
    }

    /**
     * As {@link #check}, or empty when there is nothing to compare with (an application without entities
     * or schema folder still starts).
     */
    public Optional<SchemaCheck> checkIfExpected(Connection connection, List<String> versionRows) {
        requireHeads(versionRows);
        Map<String, Schema> expected = ExpectedSchemas.of(settings, versionRows);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        String defaultSchema = defaultSchema(connection);
        Set<String> others = new TreeSet<>();
        expected.values().forEach(schema -> others.addAll(schemasNamed(schema)));
        others.remove(defaultSchema);
        List<String> schemas = Stream.concat(Stream.of(defaultSchema), others.stream()).toList();
        Introspection live = LiveSchema.read(connection, schemas, skipped(defaultSchema));
        Set<SchemaChange> changes = new LinkedHashSet<>();
        Set<SchemaCheck.Difference> differences = new LinkedHashSet<>();
        for (Schema wanted : expected.values()) {
            DiffResult diff = SchemaDiff.compare(live.schema(),
                    ServerCanonicalForm.of(connection, wanted.withRenameHints(List.of())));
            changes.addAll(diff.changes());
            differences.addAll(SchemaCheck.Difference.of(live.schema(), diff));
        }
        return Optional.of(new SchemaCheck(versionRows, List.copyOf(expected.keySet()), List.copyOf(changes),
                List.copyOf(differences), publicForm(live)));
    }

    /** @throws DatabaseNotUpToDateException when the version rows are not exactly the heads */
    public void requireHeads(List<String> versionRows) {
        if (!new TreeSet<>(versionRows).equals(new TreeSet<>(graph.heads()))) {
            throw new DatabaseNotUpToDateException(versionRows, graph.heads());
        }
    }

    private Set<QualifiedName> skipped(String defaultSchema) {
        return Set.of(QualifiedName.of(Objects.requireNonNullElse(settings.versionTableSchema(), defaultSchema),
                        settings.versionTable()),
                QualifiedName.of(Objects.requireNonNullElse(settings.auditTableSchema(), defaultSchema),
                        settings.auditTable()));
    }

    private static Set<String> schemasNamed(Schema schema) {
        Set<String> named = new TreeSet<>();
        schema.tables().forEach(t -> add(named, t.name()));
        schema.enums().forEach(e -> add(named, e.name()));
        schema.sequences().forEach(s -> add(named, s.name()));
        return named;
    }

    private static void add(Set<String> named, QualifiedName name) {
        if (name.schema() != null) {
            named.add(name.schema());
        }
    }

    private static List<NotComparedObject> publicForm(Introspection live) {
        return live.notCompared().stream().map(n -> new NotComparedObject(n.kind(), n.name())).toList();
    }

    private static String defaultSchema(Connection connection) {
        List<String> rows = query(connection, "SELECT current_schema()");
        if (rows.isEmpty() || rows.get(0) == null) {
            throw new ConfigurationException("the connection's search_path names no existing schema, so there is no"
                    + " default schema to compare; set search_path (e.g. options=-csearch_path=public in the URL)");
        }
        return rows.get(0);
    }

    private static List<String> query(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new ConnectionException("reading the database's schemas failed (SQLSTATE " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
    }
}
