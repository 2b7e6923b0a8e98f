package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.processor.entity.EntityModel.ColumnModel;
import io.omninode.migrations.processor.entity.EntityModel.ForeignKeyModel;
import io.omninode.migrations.processor.entity.JpaAttributes.Attribute;
import io.omninode.migrations.processor.options.NamingStrategy;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.DefaultNames;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Unique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one Jakarta Persistence {@code @Entity} into the same {@link EntityModel} our own annotations
 * give, with the names, types and constraints Hibernate ORM 7 creates on PostgreSQL. Entities refer to
 * each other (a join column takes the type and name of the target's key), so the reader knows them all.
 */
final class JpaEntityReader {

    /**
     * An entity read, with the sequences its generated key draws from.
     *
     * @param model the table
     * @param collectionTables the join and collection tables its attributes own
     * @param sequences its sequences
     */
    record JpaEntity(EntityModel model, List<EntityModel> collectionTables, List<Sequence> sequences) {}

    /** A key column of an entity, as a join column referencing it needs it. */
    private record KeyColumn(String logical, String physical, SqlType type) {}

    private final Diagnostics diagnostics;
    private final ElementProblems problems;
    private final JpaNames names;
    private final Map<String, TypeElement> entities;
    private final Map<TypeElement, List<KeyColumn>> keys = new HashMap<>();

    JpaEntityReader(Diagnostics diagnostics, NamingStrategy naming, List<TypeElement> entities) {
        this.diagnostics = diagnostics;
        this.problems = new ElementProblems(diagnostics);
        this.names = new JpaNames(naming);
        this.entities = entities.stream().collect(Collectors.toMap(t -> t.getQualifiedName().toString(), t -> t,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The entity's table, or empty when a problem was reported. */
    Optional<JpaEntity> read(TypeElement type) {
        int errorsBefore = diagnostics.errorCount();
        if (JpaAnnotations.has(type, "SecondaryTable")) {
            diagnostics.report(ProcessorMessages.unsupportedJpaMapping("entity " + type.getQualifiedName(),
                    "@SecondaryTable", "map the second table as an entity of its own with a @OneToOne, or write the"
                    + " table in a migration by hand").on(type, JpaAnnotations.find(type, "SecondaryTable")));
            return Optional.empty();
        }
        JpaHierarchy hierarchy = JpaHierarchy.of(type, entities.values());
        if (!hierarchy.hasTable()) {
            return Optional.empty(); // its columns are in the root's single table, or it is an abstract class
        }
        boolean property = JpaAttributes.propertyAccess(hierarchy.root());
        TableBuilder table = new TableBuilder(type, tableName(type));
        switch (hierarchy.strategy()) {
            case SINGLE_TABLE -> {
                JpaDiscriminator discriminator = hierarchy.inherits() || JpaAnnotations.has(type, "DiscriminatorColumn")
                        ? discriminator(table, type) : null;
                readAttributes(table, type, property);
                if (discriminator != null) {
                    table.checks.add(discriminator.valuesCheck(table.name.name(), hierarchy));
                }
                for (TypeElement subclass : hierarchy.subclasses()) {
                    table.subclassRows = discriminator.rowsOf(subclass, hierarchy);
                    readAttributes(table, subclass, property);
                }
            }
            case JOINED -> {
                if (hierarchy.isRoot()) {
                    if (JpaAnnotations.has(type, "DiscriminatorColumn")) {
                        discriminator(table, type);
                    }
                } else {
                    joinedKey(table, hierarchy);
                }
                readAttributes(table, type, property);
            }
            case TABLE_PER_CLASS -> hierarchy.chain().forEach(entity -> readAttributes(table, entity, property));
        }
        table.tableConstraints();
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(table.build());
    }

    private void readAttributes(TableBuilder table, TypeElement type, boolean property) {
        for (Attribute attribute : JpaAttributes.of(type, property)) {
            readAttribute(table, attribute, List.of(), attribute.has("Id"), false);
        }
    }

    // ---- inheritance

    /** The discriminator column: {@code @DiscriminatorColumn}, or Hibernate's {@code DTYPE varchar(31)}. */
    private JpaDiscriminator discriminator(TableBuilder table, TypeElement root) {
        AnnotationMirror column = JpaAnnotations.find(root, "DiscriminatorColumn");
        String definition = JpaAnnotations.string(column, "columnDefinition", "");
        String kind = JpaAnnotations.constant(column, "discriminatorType", "STRING");
        String sql = !definition.isEmpty() ? definition
                : switch (kind) {
                    case "CHAR" -> "char(1)";
                    case "INTEGER" -> "integer";
                    default -> "varchar(" + JpaAnnotations.integer(column, "length", 31) + ")";
                };
        String physical = names.physical(JpaAnnotations.string(column, "name", "DTYPE"));
        String where = "discriminator column of entity " + root.getSimpleName();
        problems.attempt(() -> SqlType.of(sql), where, root, column).ifPresent(type -> table.add(root, column,
                new Column(JpaNames.folded(physical), type, false, null, null, null), physical, physical, false));
        return new JpaDiscriminator(JpaNames.folded(physical), !kind.equals("INTEGER"));
    }

    /**
     * A joined subclass's key: the root's key columns (or {@code @PrimaryKeyJoinColumn}'s names), its primary key
     * and a foreign key to the parent's table.
     */
    private void joinedKey(TableBuilder table, JpaHierarchy hierarchy) {
        TypeElement parent = hierarchy.parent();
        List<KeyColumn> parentKey = keyColumns(parent);
        List<AnnotationMirror> joins = JpaAnnotations.repeated(table.type, "PrimaryKeyJoinColumn",
                "PrimaryKeyJoinColumns");
        List<String> physicalColumns = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < parentKey.size(); i++) {
            KeyColumn key = parentKey.get(i);
            AnnotationMirror join = i < joins.size() ? joins.get(i) : null;
            String physical = names.physical(JpaAnnotations.string(join, "name", key.logical()));
            table.add(table.type, join, new Column(JpaNames.folded(physical), key.type(), false, null, null, null),
                    physical, physical, true);
            physicalColumns.add(physical);
            columns.add(JpaNames.folded(physical));
        }
        table.foreignKeys.add(new ForeignKeyModel(table.type, JpaAnnotations.find(table.type, "Entity"),
                JpaNames.foreignKey(table.physical, tableName(parent), physicalColumns), columns, qualified(parent),
                parentKey.stream().map(k -> JpaNames.folded(k.physical())).toList(), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION));
    }

    // ---- names

    /** The entity name: {@code @Entity(name)} or the simple class name. */
    static String entityName(TypeElement type) {
        return JpaAnnotations.string(JpaAnnotations.find(type, "Entity"), "name", type.getSimpleName().toString());
    }

    /** The table's name before the naming strategy: {@code @Table(name)} or the entity name. */
    private static String logicalTableName(TypeElement type) {
        String given = JpaAnnotations.string(JpaAnnotations.find(type, "Table"), "name", "");
        return given.isEmpty() ? entityName(type) : given;
    }

    /** The table's physical name, case as Hibernate writes it. */
    private String tableName(TypeElement type) {
        return names.physical(logicalTableName(type));
    }

    private QualifiedName qualified(TypeElement type) {
        String schema = JpaAnnotations.string(JpaAnnotations.find(type, "Table"), "schema", "");
        return QualifiedName.of(schema.isEmpty() ? null : JpaNames.folded(names.physical(schema)),
                JpaNames.folded(tableName(type)));
    }

    // ---- attributes

    /**
     * Adds the column(s) of one attribute.
     *
     * @param overrides the {@code @AttributeOverride}s of the embedding attributes, innermost last
     * @param key whether the attribute is (part of) the primary key
     * @param embedded whether the attribute belongs to an embeddable (Hibernate then leaves primitives nullable)
     */
    private void readAttribute(TableBuilder table, Attribute attribute, List<AnnotationMirror> overrides, boolean key,
            boolean embedded) {
        String where = "attribute " + table.type.getSimpleName() + "." + attribute.name();
        for (String collection : List.of("OneToMany", "ManyToMany", "ElementCollection")) {
            AnnotationMirror mirror = attribute.annotation(collection);
            if (mirror != null) {
                String mappedBy = JpaAnnotations.string(mirror, "mappedBy", "");
                if (collection.equals("OneToMany") && mappedBy.isEmpty() && attribute.has("JoinColumn")) {
                    diagnostics.report(ProcessorMessages.unsupportedJpaMapping(where, "@OneToMany with a @JoinColumn",
                            "map the association from the other side (@ManyToOne and mappedBy), or leave out"
                            + " the @JoinColumn for a join table").on(attribute.element(), mirror));
                } else if (mappedBy.isEmpty() || collection.equals("ElementCollection")) {
                    collectionTable(table, attribute, mirror, where);
                } else {
                    checkMappedBy(attribute, mirror, mappedBy, where, true);
                }
                return;
            }
        }
        AnnotationMirror toOne = attribute.has("ManyToOne") ? attribute.annotation("ManyToOne")
                : attribute.annotation("OneToOne");
        if (toOne != null) {
            String mappedBy = JpaAnnotations.string(toOne, "mappedBy", "");
            if (!mappedBy.isEmpty()) {
                checkMappedBy(attribute, toOne, mappedBy, where, false);
            } else {
                readJoinColumns(table, attribute, toOne, where, key);
            }
            return;
        }
        readValue(table, attribute, overrides, key, embedded, where);
    }

    /** A basic or embedded attribute, or a collection's element. */
    private void readValue(TableBuilder table, Attribute attribute, List<AnnotationMirror> overrides, boolean key,
            boolean embedded, String where) {
        TypeElement embeddable = embeddable(attribute);
        if (embeddable != null) {
            List<AnnotationMirror> nestedOverrides = new ArrayList<>(overrides);
            nestedOverrides.addAll(JpaAnnotations.repeated(attribute.element(), "AttributeOverride",
                    "AttributeOverrides"));
            boolean embeddedKey = key || attribute.has("EmbeddedId");
            for (Attribute part : JpaAttributes.embeddable(embeddable, attribute.element().getKind() == ElementKind.METHOD)) {
                readAttribute(table, part, nestedOverrides, embeddedKey, true);
            }
            return;
        }
        readBasic(table, attribute, overrides, key, embedded, where);
    }

    private TypeElement embeddable(Attribute attribute) {
        if (attribute.type() instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element && JpaAnnotations.has(element, "Embeddable")) {
            return element;
        }
        return null;
    }

    private void readBasic(TableBuilder table, Attribute attribute, List<AnnotationMirror> overrides, boolean key,
            boolean embedded, String where) {
        AnnotationMirror column = override(overrides, attribute.name());
        if (column == null) {
            column = attribute.annotation("Column");
        }
        String physical = names.physical(JpaAnnotations.string(column, "name", attribute.name()));
        String columnName = JpaNames.folded(physical);
        if (!problems.checkLength("column", columnName, attribute.element(), column)) {
            return;
        }
        Optional<String> sql = columnType(table, attribute, column, columnName);
        if (sql.isEmpty()) {
            return;
        }
        Optional<SqlType> type = problems.attempt(() -> SqlType.of(sql.get()), where, attribute.element(), column);
        if (type.isEmpty()) {
            return;
        }
        // Hibernate implies not null for a primitive only when no @Column speaks for it
        boolean primitive = !embedded && column == null && attribute.type().getKind().isPrimitive();
        boolean nullable = !key && !primitive && JpaAnnotations.bool(column, "nullable", true);
        Column model = new Column(columnName, type.get(), nullable, null, null, null);
        if (primitive && table.subclassRows != null) {
            model = table.subclassPrimitive(model);
        }
        AnnotationMirror generated = attribute.annotation("GeneratedValue");
        if (key && generated != null) {
            Optional<Column> withKey = generatedKey(table, attribute, generated, model, where);
            if (withKey.isEmpty()) {
                return;
            }
            model = withKey.get();
        }
        table.add(attribute, column, model, JpaAnnotations.string(column, "name", attribute.name()), physical, key);
        List<AnnotationMirror> checks = new ArrayList<>(JpaAnnotations.mirrors(column, "check"));
        checks.addAll(JpaAnnotations.hibernateChecks(attribute.element()));
        checks.forEach(table::check);
        if (JpaAnnotations.bool(column, "unique", false)) {
            table.uniques.add(table.unnamedUnique(List.of(columnName)));
        }
    }

    /** The {@code @Column} of an {@code @AttributeOverride} for {@code name}, the outermost winning. */
    private static AnnotationMirror override(List<AnnotationMirror> overrides, String name) {
        for (AnnotationMirror override : overrides) {
            if (JpaAnnotations.string(override, "name", "").equals(name)) {
                return JpaAnnotations.nested(override, "column");
            }
        }
        return null;
    }

    /** The SQL type of a basic attribute, or empty when it has none (reported). */
    private Optional<String> columnType(TableBuilder table, Attribute attribute, AnnotationMirror column,
            String columnName) {
        String definition = JpaAnnotations.string(column, "columnDefinition", "");
        if (!definition.isEmpty()) {
            return Optional.of(definition);
        }
        if (attribute.has("Convert")) {
            diagnostics.report(ProcessorMessages.unmappedJpaType(table.type.getSimpleName() + "." + attribute.name()
                    + " (converted)", attribute.type().toString()).on(attribute.element(), attribute.annotation("Convert")));
            return Optional.empty();
        }
        if (attribute.type() instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM) {
            return Optional.of(enumColumn(table, attribute, declared, columnName, column));
        }
        AnnotationMirror temporal = attribute.annotation("Temporal");
        JpaTypes.Facets facets = new JpaTypes.Facets(JpaAnnotations.integer(column, "length", 255),
                JpaAnnotations.integer(column, "precision", 0), JpaAnnotations.integer(column, "scale", 0),
                attribute.has("Lob"), temporal == null ? null : JpaAnnotations.constant(temporal, "value", null));
        Optional<String> sql = JpaTypes.of(attribute.type(), facets);
        if (sql.isEmpty()) {
            diagnostics.report(ProcessorMessages.unmappedJpaType(table.type.getSimpleName() + "." + attribute.name(),
                    attribute.type().toString()).on(attribute.element()));
        }
        return sql;
    }

    /** An enum column: smallint (ordinal) or varchar (name), with the check Hibernate adds. */
    private String enumColumn(TableBuilder table, Attribute attribute, DeclaredType type, String columnName,
            AnnotationMirror column) {
        List<String> constants = type.asElement().getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList();
        boolean byName = JpaAnnotations.constant(attribute.annotation("Enumerated"), "value", "ORDINAL")
                .equals("STRING");
        String check = byName
                ? columnName + " in (" + constants.stream().map(c -> "'" + c + "'").collect(Collectors.joining(",")) + ")"
                : columnName + " between 0 and " + (constants.size() - 1);
        table.unnamedChecks.add(check);
        return byName ? "varchar(" + JpaAnnotations.integer(column, "length", 255) + ")" : "smallint";
    }

    /** The key column with its identity, or the sequence it draws from added to the table. */
    private Optional<Column> generatedKey(TableBuilder table, Attribute attribute, AnnotationMirror generated,
            Column column, String where) {
        String strategy = JpaAnnotations.constant(generated, "strategy", "AUTO");
        boolean uuid = column.type().sql().equals("uuid");
        if (strategy.equals("UUID") || (strategy.equals("AUTO") && uuid)) {
            return Optional.of(column);
        }
        if (strategy.equals("TABLE") || !JpaTypes.integral(column.type().sql())) {
            diagnostics.report(ProcessorMessages.unsupportedJpaMapping(where, "@GeneratedValue(strategy = " + strategy
                    + ") on a " + column.type().sql() + " key", "use IDENTITY or SEQUENCE on a short, int or long key,"
                    + " or UUID on a java.util.UUID key").on(attribute.element(), generated));
            return Optional.empty();
        }
        if (strategy.equals("IDENTITY")) {
            return Optional.of(column.identity(Identity.byDefault()));
        }
        String generator = JpaAnnotations.string(generated, "generator", "");
        AnnotationMirror definition = sequenceGenerator(table.type, attribute, generator);
        String sequenceName = JpaAnnotations.string(definition, "sequenceName", "");
        if (sequenceName.isEmpty()) {
            // the key belongs to the hierarchy's root, and so does its sequence
            sequenceName = generator.isEmpty()
                    ? logicalTableName(JpaHierarchy.entityChain(table.type).get(0)) + "_SEQ" : generator;
        }
        int allocation = JpaAnnotations.integer(definition, "allocationSize", 50);
        int initial = JpaAnnotations.integer(definition, "initialValue", 1);
        SequenceOptions options = SequenceOptions.DEFAULTS.incrementBy(allocation);
        if (initial != 1) {
            options = options.startWith(initial);
        }
        String schema = JpaAnnotations.string(definition, "schema", "");
        table.sequences.add(new Sequence(QualifiedName.of(schema.isEmpty() ? null : JpaNames.folded(names.physical(schema)),
                JpaNames.folded(names.physical(sequenceName))), options));
        return Optional.of(column);
    }

    /** The {@code @SequenceGenerator} named {@code generator} on the attribute or the entity's classes, or null. */
    private static AnnotationMirror sequenceGenerator(TypeElement type, Attribute attribute, String generator) {
        List<Element> places = new ArrayList<>(List.of(attribute.element()));
        places.addAll(JpaAttributes.hierarchy(type));
        for (Element place : places) {
            for (AnnotationMirror mirror : JpaAnnotations.repeated(place, "SequenceGenerator", "SequenceGenerators")) {
                String name = JpaAnnotations.string(mirror, "name", "");
                if (name.equals(generator) || generator.isEmpty() && place == attribute.element()) {
                    return mirror;
                }
            }
        }
        return null;
    }

    private static boolean idClass(TypeElement type) {
        return JpaAttributes.hierarchy(JpaHierarchy.entityChain(type).get(0)).stream()
                .anyMatch(t -> JpaAnnotations.has(t, "IdClass"));
    }

    // ---- join and collection tables

    /**
     * The table of a {@code @ManyToMany}, a {@code @OneToMany} without {@code mappedBy} or an
     * {@code @ElementCollection}: the owner's key columns, then the target's key columns or the element's
     * columns. An association's {@code Set} has a primary key over both sides; as in Hibernate, an element
     * collection has none.
     */
    private void collectionTable(TableBuilder owner, Attribute attribute, AnnotationMirror relation, String where) {
        boolean elements = relation.getAnnotationType().asElement().getSimpleName().contentEquals("ElementCollection");
        TypeElement target = elements ? null : target(attribute, relation, true, where);
        if (!elements && target == null) {
            return;
        }
        TypeElement targetTable = elements ? null : JpaHierarchy.of(target, entities.values()).tableOwner();
        AnnotationMirror given = attribute.annotation(elements ? "CollectionTable" : "JoinTable");
        String logical = JpaAnnotations.string(given, "name", elements ? entityName(owner.type) + "_" + attribute.name()
                : logicalTableName(owner.type) + "_" + logicalTableName(targetTable));
        String physical = names.physical(logical);
        String schema = JpaAnnotations.string(given, "schema", "");
        TableBuilder table = new TableBuilder(owner.type, physical, QualifiedName.of(
                schema.isEmpty() ? null : JpaNames.folded(names.physical(schema)), JpaNames.folded(physical)));
        String ownerPrefix = elements ? entityName(owner.type)
                : inverseAttribute(target, attribute.name()).orElse(entityName(owner.type));
        joinTableColumns(table, attribute, relation, JpaAnnotations.mirrors(given, "joinColumns"), ownerPrefix,
                owner.type);
        if (elements) {
            TypeMirror element = attribute.type() instanceof DeclaredType declared
                    && !declared.getTypeArguments().isEmpty()
                    ? declared.getTypeArguments().get(declared.getTypeArguments().size() - 1) : attribute.type();
            readValue(table, new Attribute(attribute.name(), element, attribute.element()), List.of(), false, true,
                    where);
        } else {
            List<String> targetColumns = joinTableColumns(table, attribute, relation,
                    JpaAnnotations.mirrors(given, "inverseJoinColumns"), attribute.name(), target);
            if (relation.getAnnotationType().asElement().getSimpleName().contentEquals("OneToMany")) {
                // each target belongs to one owner at most
                table.uniques.add(table.unnamedUnique(targetColumns));
            }
        }
        if (!elements && attribute.type() instanceof DeclaredType declared
                && declared.asElement().getSimpleName().toString().endsWith("Set")) {
            table.columns.replaceAll(c -> new ColumnModel(c.element(), c.column().nullable(false), null));
            table.columns.forEach(c -> table.keyColumns.add(c.column().name()));
        }
        owner.collectionTables.add(table.model(relation, false));
    }

    /** The attribute of {@code target} that maps the other side of {@code attribute} ({@code mappedBy}), if any. */
    private static Optional<String> inverseAttribute(TypeElement target, String attribute) {
        return JpaAttributes.of(target, JpaAttributes.propertyAccess(target)).stream()
                .filter(a -> a.has("ManyToMany")
                        && JpaAnnotations.string(a.annotation("ManyToMany"), "mappedBy", "").equals(attribute))
                .map(Attribute::name).findFirst();
    }

    /** The not-null columns referencing {@code entity}'s key from a join table, and their foreign key. */
    private List<String> joinTableColumns(TableBuilder table, Attribute attribute, AnnotationMirror relation,
            List<AnnotationMirror> given, String prefix, TypeElement entity) {
        List<KeyColumn> key = keyColumns(entity);
        TypeElement referenced = JpaHierarchy.of(entity, entities.values()).tableOwner();
        if (key.isEmpty()) {
            diagnostics.report(ProcessorMessages.noReferencedKey("attribute " + table.type.getSimpleName() + "."
                    + attribute.name(), qualified(referenced).toString()).on(attribute.element(), relation));
            return List.of();
        }
        List<String> physicalColumns = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            AnnotationMirror joinColumn = i < given.size() ? given.get(i) : null;
            String physical = names.physical(JpaAnnotations.string(joinColumn, "name", prefix + "_" + key.get(i).logical()));
            table.add(attribute.element(), joinColumn, new Column(JpaNames.folded(physical), key.get(i).type(), false,
                    null, null, null), physical, physical, false);
            physicalColumns.add(physical);
            columns.add(JpaNames.folded(physical));
        }
        table.foreignKeys.add(new ForeignKeyModel(attribute.element(), relation, JpaNames.foreignKey(table.physical,
                tableName(referenced), physicalColumns), columns, qualified(referenced),
                key.stream().map(k -> JpaNames.folded(k.physical())).toList(), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION));
        return columns;
    }

    // ---- relationships

    /** The entity a relationship points to, or null when it is not an entity of this compilation (reported). */
    private TypeElement target(Attribute attribute, AnnotationMirror relation, boolean collection, String where) {
        TypeMirror target = JpaAnnotations.type(relation, "targetEntity");
        if (target == null) {
            target = attribute.type();
            if (collection && target instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
                List<? extends TypeMirror> arguments = declared.getTypeArguments();
                target = arguments.get(arguments.size() - 1); // a Map's value
            }
        }
        if (target instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                && entities.containsKey(element.getQualifiedName().toString())) {
            return element;
        }
        diagnostics.report(ProcessorMessages.invalidEntity(where, "its type " + attribute.type() + " is not an"
                + " @Entity of this compilation; give targetEntity or fix the type").on(attribute.element(), relation));
        return null;
    }

    private void checkMappedBy(Attribute attribute, AnnotationMirror relation, String mappedBy, String where,
            boolean collection) {
        TypeElement target = target(attribute, relation, collection, where);
        if (target == null) {
            return;
        }
        List<String> known = JpaAttributes.of(target, JpaAttributes.propertyAccess(target)).stream()
                .map(Attribute::name).toList();
        if (!known.contains(mappedBy)) {
            diagnostics.report(ProcessorMessages.unknownMappedBy(target.getSimpleName() + "." + attribute.name(),
                    mappedBy, target.getQualifiedName().toString(), known)
                    .on(attribute.element(), relation, JpaAnnotations.explicit(relation, "mappedBy")));
        }
    }

    private void readJoinColumns(TableBuilder table, Attribute attribute, AnnotationMirror relation, String where,
            boolean key) {
        TypeElement target = target(attribute, relation, false, where);
        if (target == null) {
            return;
        }
        List<KeyColumn> targetKey = keyColumns(target);
        target = JpaHierarchy.of(target, entities.values()).tableOwner();
        if (targetKey.isEmpty()) {
            diagnostics.report(ProcessorMessages.noReferencedKey(where, qualified(target).toString())
                    .on(attribute.element(), relation));
            return;
        }
        List<AnnotationMirror> joinColumns = JpaAnnotations.repeated(attribute.element(), "JoinColumn", "JoinColumns");
        boolean optional = JpaAnnotations.bool(relation, "optional", true);
        List<String> physicalColumns = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        boolean unique = relation.getAnnotationType().asElement().getSimpleName().contentEquals("OneToOne");
        AnnotationMirror foreignKey = null;
        for (int i = 0; i < targetKey.size(); i++) {
            AnnotationMirror joinColumn = joinColumns.size() == 1 && targetKey.size() == 1 ? joinColumns.get(0) : null;
            KeyColumn referencedColumn = targetKey.get(i);
            for (AnnotationMirror candidate : joinColumns) {
                String name = JpaAnnotations.string(candidate, "referencedColumnName", "");
                if (!name.isEmpty() && JpaNames.folded(names.physical(name)).equals(JpaNames.folded(referencedColumn.physical()))) {
                    joinColumn = candidate;
                }
            }
            if (joinColumns.size() > 1 && joinColumn == null) {
                joinColumn = joinColumns.get(Math.min(i, joinColumns.size() - 1));
            }
            String physical = names.physical(JpaAnnotations.string(joinColumn, "name",
                    attribute.name() + "_" + referencedColumn.logical()));
            String columnName = JpaNames.folded(physical);
            boolean nullable = !key && optional && JpaAnnotations.bool(joinColumn, "nullable", true);
            table.add(attribute, joinColumn, new Column(columnName, referencedColumn.type(), nullable, null, null, null),
                    physical, physical, key);
            physicalColumns.add(physical);
            columns.add(columnName);
            referenced.add(JpaNames.folded(referencedColumn.physical()));
            unique |= JpaAnnotations.bool(joinColumn, "unique", false);
            if (joinColumn != null && JpaAnnotations.nested(joinColumn, "foreignKey") != null) {
                foreignKey = JpaAnnotations.nested(joinColumn, "foreignKey");
            }
        }
        for (AnnotationMirror joinColumn : joinColumns) {
            String name = JpaAnnotations.string(joinColumn, "referencedColumnName", "");
            if (!name.isEmpty() && targetKey.stream().noneMatch(k -> JpaNames.folded(k.physical())
                    .equals(JpaNames.folded(names.physical(name))))) {
                diagnostics.report(ProcessorMessages.unknownColumn("join column of " + where, JpaNames.folded(
                        names.physical(name)), qualified(target).toString(), targetKey.stream()
                                .map(k -> JpaNames.folded(k.physical())).toList())
                        .on(attribute.element(), joinColumn, JpaAnnotations.explicit(joinColumn, "referencedColumnName")));
            }
        }
        AnnotationMirror container = attribute.annotation("JoinColumns");
        if (foreignKey == null && container != null) {
            foreignKey = JpaAnnotations.nested(container, "foreignKey");
        }
        if (unique && !key) {
            table.uniques.add(table.unnamedUnique(columns));
        }
        if (JpaAnnotations.constant(foreignKey, "value", "CONSTRAINT").equals("NO_CONSTRAINT")) {
            return;
        }
        String fkName = JpaAnnotations.string(foreignKey, "name", "");
        fkName = fkName.isEmpty()
                ? JpaNames.foreignKey(table.physical, tableName(target), physicalColumns) : JpaNames.folded(fkName);
        table.foreignKeys.add(new ForeignKeyModel(attribute.element(), relation, fkName, columns, qualified(target),
                referenced, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
    }

    /** The target's key columns (without reporting: the target's own reading reports its problems). */
    private List<KeyColumn> keyColumns(TypeElement entity) {
        TypeElement target = JpaHierarchy.entityChain(entity).get(0); // the root holds the key
        List<KeyColumn> cached = keys.get(target);
        if (cached != null) {
            return cached;
        }
        keys.put(target, List.of()); // a key that refers back to itself has none
        List<KeyColumn> found = new ArrayList<>();
        boolean property = JpaAttributes.propertyAccess(target);
        for (Attribute attribute : JpaAttributes.of(target, property)) {
            TypeElement embeddable = embeddable(attribute);
            if (attribute.has("EmbeddedId") && embeddable != null) {
                List<AnnotationMirror> overrides = JpaAnnotations.repeated(attribute.element(), "AttributeOverride",
                        "AttributeOverrides");
                for (Attribute part : JpaAttributes.embeddable(embeddable, property)) {
                    AnnotationMirror column = override(overrides, part.name());
                    keyColumn(column == null ? part.annotation("Column") : column, part).ifPresent(found::add);
                }
            } else if (attribute.has("Id") && !attribute.has("ManyToOne") && !attribute.has("OneToOne")) {
                keyColumn(attribute.annotation("Column"), attribute).ifPresent(found::add);
            }
        }
        found.sort(idClass(target) ? Comparator.comparing(KeyColumn::physical)
                : Comparator.comparingInt((KeyColumn k) -> JpaTypes.keyOrder(k.type().sql()))
                        .thenComparing(k -> JpaNames.folded(k.physical())));
        keys.put(target, List.copyOf(found));
        return found;
    }

    private Optional<KeyColumn> keyColumn(AnnotationMirror column, Attribute attribute) {
        String logical = JpaAnnotations.string(column, "name", attribute.name());
        String definition = JpaAnnotations.string(column, "columnDefinition", "");
        Optional<String> sql = definition.isEmpty() ? JpaTypes.of(attribute.type(), new JpaTypes.Facets(
                JpaAnnotations.integer(column, "length", 255), JpaAnnotations.integer(column, "precision", 0),
                JpaAnnotations.integer(column, "scale", 0), false, null)) : Optional.of(definition);
        try {
            return sql.map(s -> new KeyColumn(logical, names.physical(logical), SqlType.of(s)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- the table

    /** What one entity's table collects while its attributes are read. */
    private final class TableBuilder {

        final TypeElement type;
        final String physical;
        final QualifiedName name;
        final List<ColumnModel> columns = new ArrayList<>();
        /** Logical column name (as the annotations write it) to the folded physical one. */
        final Map<String, String> byLogicalName = new HashMap<>();
        final Map<String, Element> origins = new HashMap<>();
        /** Folded column name to the physical one: Hibernate orders key columns by it, upper case first. */
        final Map<String, String> physicalNames = new HashMap<>();
        final List<String> keyColumns = new ArrayList<>();
        final List<Unique> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Sequence> sequences = new ArrayList<>();
        /** While a single-table subclass's columns are read: the condition that a row is not of that subclass. */
        String subclassRows;
        /** The expressions of checks Hibernate leaves to PostgreSQL to name, in the order it writes them. */
        final List<String> unnamedChecks = new ArrayList<>();

        /**
         * A single-table subclass's primitive column is nullable, since the other classes' rows leave it empty;
         * Hibernate checks instead that the subclass's rows set it. (An explicit {@code nullable = false} stays.)
         */
        Column subclassPrimitive(Column column) {
            unnamedChecks.add(subclassRows + " or " + column.name() + " is not null");
            return column.nullable(true);
        }

        /** A {@code @CheckConstraint} or Hibernate {@code @Check}: its name, or PostgreSQL's. */
        void check(AnnotationMirror check) {
            String expression = JpaAnnotations.string(check, "constraint", JpaAnnotations.string(check, "constraints",
                    ""));
            String given = JpaAnnotations.string(check, "name", "");
            if (given.isEmpty()) {
                unnamedChecks.add(expression);
            } else {
                checks.add(CheckConstraint.of(JpaNames.folded(given), expression));
            }
        }

        /**
         * The checks Hibernate writes without a name, named as PostgreSQL names them: {@code <table>_<column>_check}
         * when the expression uses one column, else {@code <table>_check}; then with 1, 2, ... when taken.
         */
        private List<CheckConstraint> namedByPostgres() {
            java.util.Set<String> taken = new java.util.HashSet<>();
            checks.forEach(c -> taken.add(c.name()));
            java.util.Set<String> columnNames = new java.util.HashSet<>(origins.keySet());
            List<CheckConstraint> named = new ArrayList<>();
            for (String expression : unnamedChecks) {
                List<String> used = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*")
                        .matcher(expression.replaceAll("'(?:[^']|'')*'", "''")).results()
                        .map(m -> JpaNames.folded(m.group())).filter(columnNames::contains).distinct().toList();
                String base = name.name() + (used.size() == 1 ? "_" + used.get(0) : "") + "_check";
                String unique = base;
                for (int i = 1; taken.contains(unique); i++) {
                    unique = base + i;
                }
                taken.add(unique);
                named.add(CheckConstraint.of(unique, expression));
            }
            return named;
        }

        final List<EntityModel> collectionTables = new ArrayList<>();

        TableBuilder(TypeElement type, String physical) {
            this(type, physical, qualified(type));
        }

        TableBuilder(TypeElement type, String physical, QualifiedName name) {
            this.type = type;
            this.physical = physical;
            this.name = name;
        }

        void add(Attribute attribute, AnnotationMirror at, Column column, String logical, String physicalName,
                boolean key) {
            add(attribute.element(), at, column, logical, physicalName, key);
        }

        void add(Element element, AnnotationMirror at, Column column, String logical, String physicalName,
                boolean key) {
            Element earlier = origins.putIfAbsent(column.name(), element);
            if (earlier != null) {
                diagnostics.report(ProcessorMessages.duplicateColumn(name.toString(), column.name(),
                        earlier.getSimpleName().toString(), element.getSimpleName().toString()).on(element, at));
                return;
            }
            columns.add(new ColumnModel(element, column, null));
            byLogicalName.put(logical, column.name());
            byLogicalName.put(JpaNames.folded(physicalName), column.name());
            physicalNames.put(column.name(), physicalName);
            if (key) {
                keyColumns.add(column.name());
            }
        }

        /** {@code @Table(uniqueConstraints, indexes)}, over the columns read. */
        void tableConstraints() {
            AnnotationMirror table = JpaAnnotations.find(type, "Table");
            List<AnnotationMirror> tableChecks = new ArrayList<>(JpaAnnotations.mirrors(table, "check"));
            tableChecks.addAll(JpaAnnotations.hibernateChecks(type));
            tableChecks.forEach(this::check);
            for (AnnotationMirror unique : JpaAnnotations.mirrors(table, "uniqueConstraints")) {
                List<String> listed = JpaAnnotations.strings(unique, "columnNames");
                columnsOf(listed, unique).ifPresent(cols -> {
                    String given = JpaAnnotations.string(unique, "name", "");
                    uniques.add(given.isEmpty() ? unnamedUnique(cols) : new Unique(JpaNames.folded(given), cols));
                });
            }
            for (AnnotationMirror index : JpaAnnotations.mirrors(table, "indexes")) {
                List<String> parts = List.of(JpaAnnotations.string(index, "columnList", "").split(","));
                List<String> listed = parts.stream().map(p -> p.strip().split("\\s+")[0]).toList();
                boolean unique = JpaAnnotations.bool(index, "unique", false);
                String given = JpaAnnotations.string(index, "name", "");
                if (unique && given.isEmpty()) {
                    // Hibernate 7 makes an unnamed unique index a unique constraint, named by PostgreSQL
                    columnsOf(listed, index).map(this::unnamedUnique).ifPresent(uniques::add);
                    continue;
                }
                columnsOf(listed, index).ifPresent(cols -> {
                    List<IndexKey> indexKeys = new ArrayList<>();
                    for (int i = 0; i < cols.size(); i++) {
                        IndexKey indexKey = IndexKey.column(cols.get(i));
                        indexKeys.add(parts.get(i).strip().toLowerCase(java.util.Locale.ROOT).endsWith(" desc")
                                ? indexKey.desc() : indexKey);
                    }
                    // Hibernate hashes the names as the column list writes them
                    String indexName = given.isEmpty() ? JpaNames.constraint("IDX", physical, listed)
                            : JpaNames.folded(given);
                    problems.attempt(() -> new Index(indexName, name, indexKeys,
                            unique, IndexMethod.BTREE, List.of(), null),
                            "index " + indexName, type, index).ifPresent(indexes::add);
                });
            }
        }

        /** Hibernate 7 writes unnamed unique constraints inline, so PostgreSQL names them. */
        Unique unnamedUnique(List<String> columnNames) {
            return new Unique(DefaultNames.constraint(name.name(), columnNames, "key"), columnNames);
        }

        /** The columns a constraint lists, by their logical or physical names; empty when one is unknown. */
        private Optional<List<String>> columnsOf(List<String> listed, AnnotationMirror at) {
            List<String> found = new ArrayList<>();
            for (String column : listed) {
                String resolved = byLogicalName.getOrDefault(column,
                        byLogicalName.get(JpaNames.folded(names.physical(column))));
                if (resolved == null) {
                    diagnostics.report(ProcessorMessages.unknownColumn("a constraint of entity "
                            + type.getSimpleName(), column, name.toString(),
                            columns.stream().map(c -> c.column().name()).toList()).on(type, at));
                    return Optional.empty();
                }
                found.add(resolved);
            }
            return Optional.of(found);
        }

        JpaEntity build() {
            AnnotationMirror entity = JpaAnnotations.find(type, "Entity");
            return new JpaEntity(model(entity, true), collectionTables, sequences);
        }

        /** The table; without a key it is an error only where one is required. */
        EntityModel model(AnnotationMirror at, boolean keyRequired) {
            Map<String, String> types = new HashMap<>();
            columns.forEach(c -> types.put(c.column().name(), c.column().type().sql()));
            Comparator<String> byName = Comparator.comparing(c -> physicalNames.getOrDefault(c, c));
            // an @IdClass's columns come by name; other keys as Hibernate orders a component, by type size first
            keyColumns.sort(idClass(type) ? byName
                    : Comparator.comparingInt((String c) -> JpaTypes.keyOrder(types.get(c))).thenComparing(byName));
            PrimaryKey primaryKey = keyColumns.isEmpty() ? null : new PrimaryKey(name.name() + "_pkey", keyColumns);
            if (primaryKey == null && keyRequired) {
                diagnostics.report(ProcessorMessages.noPrimaryKey(name.toString(), type.getQualifiedName().toString())
                        .on(type, at));
            }
            List<CheckConstraint> allChecks = new ArrayList<>(checks);
            allChecks.addAll(namedByPostgres());
            return new EntityModel(type, at, name, null, null, columns, primaryKey, uniques, allChecks, foreignKeys,
                    indexes, List.of());
        }
    }
}
