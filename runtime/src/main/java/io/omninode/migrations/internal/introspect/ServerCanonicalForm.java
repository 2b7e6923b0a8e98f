package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.schema.DefaultNames;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.schema.change.CreateIndex;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.SchemaChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An expected schema (entities, a snapshot) as the server would print it once created, so that a
 * freshly migrated database compares clean: {@code amount >= 0} and {@code (amount >= (0)::numeric)},
 * {@code 'x'} and {@code 'x'::character varying}, an unnamed check and {@code node_amount_check} are
 * each one value.
 *
 * <p>Only the server knows how it prints an expression, so it is asked: each table is created as a
 * temporary table of the same name (without foreign keys, which a temporary table cannot have), with
 * its indexes, read back with the introspector, and everything is rolled back. A table the server
 * refuses (say, of an enum type the database does not have yet) keeps its expressions as written.
 * Names PostgreSQL would give unnamed keys and foreign keys are filled in, and a foreign key to a
 * primary key names the referenced columns.
 */
public final class ServerCanonicalForm {

    private final Connection connection;
    private final PostgresDialect dialect = new PostgresDialect();

    private ServerCanonicalForm(Connection connection) {
        this.connection = connection;
    }

    /**
     * {@code expected} as the server prints it, asked on {@code connection}, which is left as it was
     * (its autocommit mode, and no object created).
     *
     * @throws ConnectionException when the connection fails
     */
    public static Schema of(Connection connection, Schema expected) {
        Schema named = named(expected);
        try {
            return new ServerCanonicalForm(connection).printed(named);
        } catch (SQLException e) {
            throw new ConnectionException("could not have the server print the expected schema: " + e.getMessage(), e);
        }
    }

    private Schema printed(Schema expected) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Savepoint start = connection.setSavepoint();
        try {
            Map<String, Table> created = new HashMap<>();
            for (Table table : expected.tables()) {
                // a temporary table cannot reference a permanent one
                Table temporary = table.withName(temporary(table.name())).withForeignKeys(List.of());
                if (!created.containsKey(table.name().name()) && create(new CreateTable(temporary, false))) {
                    created.put(table.name().name(), table);
                }
            }
            for (Index index : expected.indexes()) {
                if (isCreated(created, index.table())) {
                    create(new CreateIndex(index.onTable(temporary(index.table())), false, false));
                }
            }
            if (created.isEmpty()) {
                return expected;
            }
            Schema printed = LiveSchema.read(connection, List.of(temporarySchema()), Set.of()).schema();
            return merge(expected, printed, created);
        } finally {
            connection.rollback(start);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static QualifiedName temporary(QualifiedName name) {
        return QualifiedName.of("pg_temp", name.name());
    }

    /** Whether the table of this name was created; tables of the same name in other schemas were not. */
    private static boolean isCreated(Map<String, Table> created, QualifiedName table) {
        Table same = created.get(table.name());
        return same != null && same.name().equals(table);
    }

    /** Runs the change's statements under a savepoint; false (and nothing left behind) when the server refuses. */
    private boolean create(SchemaChange change) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : dialect.render(change)) {
                statement.execute(sql.sql());
            }
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException refused) {
            connection.rollback(savepoint);
            return false;
        }
    }

    private String temporarySchema() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select nspname from pg_namespace where oid = pg_my_temp_schema()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The expected schema with each created table's and index's printed form. */
    private static Schema merge(Schema expected, Schema printed, Map<String, Table> created) {
        List<Table> tables = expected.tables().stream().map(table -> {
            Optional<Table> back = isCreated(created, table.name())
                    ? printed.table(QualifiedName.of(table.name().name())) : Optional.empty();
            return back.map(b -> b.withName(table.name()).withForeignKeys(table.foreignKeys())).orElse(table);
        }).toList();
        Map<String, Index> printedIndexes = new HashMap<>();
        printed.indexes().forEach(i -> printedIndexes.put(i.name(), i));
        List<Index> indexes = expected.indexes().stream().map(index -> {
            Index back = isCreated(created, index.table()) ? printedIndexes.get(index.name()) : null;
            return back == null ? index : back.onTable(index.table());
        }).toList();
        return new Schema(tables, indexes, expected.enums(), expected.sequences(), expected.extensions(),
                expected.renameHints());
    }

    /** Unnamed keys and foreign keys get the names PostgreSQL gives them; foreign keys name their columns. */
    static Schema named(Schema schema) {
        Map<QualifiedName, Table> byName = new HashMap<>();
        schema.tables().forEach(t -> byName.put(t.name(), t));
        return schema.withTables(schema.tables().stream().map(table -> {
            String name = table.name().name();
            PrimaryKey key = table.primaryKey() == null || table.primaryKey().name() != null ? table.primaryKey()
                    : table.primaryKey().named(name + "_pkey");
            List<Unique> uniques = table.uniques().stream()
                    .map(u -> u.name() != null ? u : u.named(DefaultNames.constraint(name, u.columns(), "key"))).toList();
            List<ForeignKey> keys = table.foreignKeys().stream().map(fk -> {
                ForeignKey withName = fk.name() != null ? fk : fk.named(DefaultNames.constraint(name, fk.columns(), "fkey"));
                Table referenced = byName.get(fk.referencedTable());
                return fk.referencedColumns().isEmpty() && referenced != null && referenced.primaryKey() != null
                        ? withName.withReferencedColumns(referenced.primaryKey().columns()) : withName;
            }).toList();
            return table.primaryKey(key).withUniques(uniques).withForeignKeys(keys);
        }).toList());
    }
}
