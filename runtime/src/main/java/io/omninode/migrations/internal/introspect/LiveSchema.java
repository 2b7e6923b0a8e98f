package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Extension;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.Table;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * Reads the schemas of a live database into the {@link Schema} model with a fixed number of catalog
 * queries (eight), whatever the number of tables:
 *
 * <pre>{@code
 * Introspection live = LiveSchema.read(connection, List.of("public", "audit"),
 *         Set.of(QualifiedName.of("public", "alembic_version"), QualifiedName.of("public", "omninode_migration_log")));
 * }</pre>
 *
 * The first schema is the default one: its objects are unqualified in the model, like those of entities
 * and snapshots. Reading runs on the connection as it is (in its transaction, if one is open) and
 * changes nothing.
 */
public final class LiveSchema {

    private LiveSchema() {}

    /**
     * The schema of the tables, enums, sequences and extensions in {@code schemas}, without the
     * {@code skipped} tables (schema-qualified: the version table and the audit table).
     *
     * @throws io.omninode.migrations.ConnectionException when a catalog query fails
     */
    public static Introspection read(Connection connection, List<String> schemas, Set<QualifiedName> skipped) {
        Scope scope = new Scope(schemas, skipped);
        CatalogQuery query = new CatalogQuery(connection, scope.schemas());
        Reading reading = new Reading(query, scope);
        TableReader.read(reading);
        ConstraintReader.read(reading);
        List<Index> indexes = IndexReader.read(reading);
        List<Sequence> sequences = SequenceReader.read(reading);
        List<EnumType> enums = TypeReader.enums(reading);
        List<Extension> extensions = TypeReader.extensions(reading);
        OutsideModelReader.read(reading);
        List<Table> built = reading.tables.values().stream().map(TableParts::table).toList();
        Schema schema = new Schema(built, indexes, enums, sequences, extensions, List.of());
        return new Introspection(schema, reading.notCompared, query.count());
    }
}
