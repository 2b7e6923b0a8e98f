package io.omninode.migrations.processor.entity;

import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The entities' schema, and for each table the entity that declares it, so a diagnostic about a table
 * (such as an entity change without a migration) lands on the line that declares it.
 *
 * @param schema the schema of all entities
 * @param origins each table's entity and its table annotation ({@code @Table} or {@code @Entity})
 */
public record EntitySchema(Schema schema, Map<QualifiedName, Origin> origins) {

    /** Where a table is declared. */
    public record Origin(TypeElement type, AnnotationMirror annotation) {}

    public EntitySchema {
        Objects.requireNonNull(schema, "schema");
        origins = Map.copyOf(origins);
    }

    /** The entity declaring {@code table}, if an entity does (a table being dropped has none). */
    public Optional<Origin> origin(QualifiedName table) {
        return Optional.ofNullable(origins.get(table));
    }
}
