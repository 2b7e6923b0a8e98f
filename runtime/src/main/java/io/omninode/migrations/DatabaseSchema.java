package io.omninode.migrations;

import io.omninode.migrations.schema.Schema;
import java.util.List;
import java.util.Objects;

/**
 * A live database's schema as {@link Migrator#readSchema()} read it, in the model that entities and
 * snapshots use (so it can be written as a snapshot or compared), without the version and audit tables.
 *
 * <pre>{@code
 * DatabaseSchema live = migrator.readSchema();
 * Files.writeString(Path.of("src/main/schema/" + head + ".json"), SchemaSnapshot.toJson(live.schema()));
 * }</pre>
 *
 * @param schema the tables, columns, constraints, indexes, enums, sequences and extensions
 * @param notCompared what the model does not describe, sorted by kind and name
 * @param catalogQueries how many catalog queries the reading took (a constant, whatever the table count)
 */
public record DatabaseSchema(Schema schema, List<NotComparedObject> notCompared, int catalogQueries) {

    public DatabaseSchema {
        Objects.requireNonNull(schema, "schema");
        notCompared = List.copyOf(notCompared);
    }
}
