package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The entity stage: validate each {@code @Table} type, read it into a model, then assemble the
 * models into one {@link Schema}. Every problem is reported; the schema is empty if any was an error.
 */
public final class EntityStage {

    public static final String TABLE_ANNOTATION = "io.omninode.migrations.annotations.Table";

    /** Every entity annotation that can stand on its own, claimed so that -Xlint:processing stays quiet. */
    public static final Set<String> ANNOTATIONS = Set.of(TABLE_ANNOTATION,
            "io.omninode.migrations.annotations.Column", "io.omninode.migrations.annotations.Id",
            "io.omninode.migrations.annotations.References", "io.omninode.migrations.annotations.PgEnum");

    private final Diagnostics diagnostics;
    private final boolean strict;

    /** @param strict whether a table without a primary key is an error rather than a warning */
    public EntityStage(Diagnostics diagnostics, boolean strict) {
        this.diagnostics = diagnostics;
        this.strict = strict;
    }

    /** The schema of {@code types} (its canonical form does not depend on their order). */
    public Optional<Schema> read(List<TypeElement> types) {
        int errorsBefore = diagnostics.errorCount();
        EntityReader reader = new EntityReader(diagnostics, strict);
        List<EntityModel> entities = new ArrayList<>(types.size());
        for (TypeElement type : types) {
            try {
                reader.read(type).ifPresent(entities::add);
            } catch (RuntimeException e) {
                diagnostics.report(ProcessorMessages.unexpectedFailure(type.getQualifiedName().toString(), e).on(type));
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty(); // cross-entity checks on an incomplete set would mislead
        }
        return new SchemaAssembler(diagnostics).assemble(entities);
    }
}
