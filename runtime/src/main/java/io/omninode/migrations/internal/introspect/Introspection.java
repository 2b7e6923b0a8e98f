package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.Schema;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LiveSchema#read} saw: the schema in the model, and what lies outside it.
 *
 * @param schema the tables, columns, constraints, indexes, enums, sequences and extensions
 * @param notCompared objects and options the model does not describe, sorted by kind and name
 * @param catalogQueries how many catalog queries the reading took (a constant, whatever the table count)
 */
public record Introspection(Schema schema, List<NotCompared> notCompared, int catalogQueries) {

    public Introspection {
        Objects.requireNonNull(schema, "schema");
        notCompared = notCompared.stream().sorted().distinct().toList();
    }
}
