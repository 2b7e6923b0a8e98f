package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.processor.options.NamingStrategy;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The entity stage: validate each {@code @Table} type and each Jakarta Persistence {@code @Entity},
 * read it into a model, then assemble the models into one {@link io.omninode.migrations.schema.Schema}. Every problem is reported;
 * the schema is empty if any was an error.
 */
public final class EntityStage {

    public static final String TABLE_ANNOTATION = "io.omninode.migrations.annotations.Table";

    /** Read by name: the processor needs no Jakarta Persistence API of its own. */
    public static final String JPA_ENTITY_ANNOTATION = JpaAnnotations.PACKAGE + "Entity";

    /** Every entity annotation that can stand on its own, claimed so that -Xlint:processing stays quiet. */
    public static final Set<String> ANNOTATIONS = Set.of(TABLE_ANNOTATION,
            "io.omninode.migrations.annotations.Column", "io.omninode.migrations.annotations.Id",
            "io.omninode.migrations.annotations.References", "io.omninode.migrations.annotations.PgEnum");

    private final Diagnostics diagnostics;
    private final boolean strict;
    private final NamingStrategy naming;

    /**
     * @param strict whether a table without a primary key is an error rather than a warning
     * @param naming how Jakarta Persistence names become table and column names
     */
    public EntityStage(Diagnostics diagnostics, boolean strict, NamingStrategy naming) {
        this.diagnostics = diagnostics;
        this.strict = strict;
        this.naming = naming;
    }

    /**
     * The schema of both kinds of entities (its canonical form does not depend on their order).
     *
     * @param types the {@code @Table} types
     * @param jpaTypes the {@code @jakarta.persistence.Entity} types
     */
    public Optional<EntitySchema> read(List<TypeElement> types, List<TypeElement> jpaTypes) {
        int errorsBefore = diagnostics.errorCount();
        EntityReader reader = new EntityReader(diagnostics, strict);
        JpaEntityReader jpaReader = new JpaEntityReader(diagnostics, naming, jpaTypes);
        List<EntityModel> entities = new ArrayList<>(types.size() + jpaTypes.size());
        Map<Object, Sequence> sequences = new LinkedHashMap<>();
        for (TypeElement type : types) {
            if (jpaTypes.contains(type)) {
                diagnostics.report(ProcessorMessages.mixedEntityAnnotations(type.getQualifiedName().toString())
                        .on(type, AnnotationValues.mirror(type, io.omninode.migrations.annotations.Table.class)));
                continue;
            }
            attempt(type, () -> reader.read(type).ifPresent(entities::add));
        }
        for (TypeElement type : jpaTypes) {
            if (!types.contains(type)) {
                attempt(type, () -> jpaReader.read(type).ifPresent(entity -> {
                    entities.add(entity.model());
                    entities.addAll(entity.collectionTables());
                    entity.sequences().forEach(s -> sequences.putIfAbsent(s.name(), s));
                }));
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty(); // cross-entity checks on an incomplete set would mislead
        }
        Map<QualifiedName, EntitySchema.Origin> origins = new LinkedHashMap<>();
        entities.forEach(e -> origins.putIfAbsent(e.name(), new EntitySchema.Origin(e.type(), e.annotation())));
        return new SchemaAssembler(diagnostics).assemble(entities)
                .map(schema -> sequences.isEmpty() ? schema : schema.withSequences(List.copyOf(sequences.values())))
                .map(schema -> new EntitySchema(schema, origins));
    }

    private void attempt(TypeElement type, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            diagnostics.report(ProcessorMessages.unexpectedFailure(type.getQualifiedName().toString(), e).on(type));
        }
    }
}
