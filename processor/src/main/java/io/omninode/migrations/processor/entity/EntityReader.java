package io.omninode.migrations.processor.entity;

import io.omninode.migrations.annotations.Check;
import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.ForeignKey;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.Index;
import io.omninode.migrations.annotations.PgEnum;
import io.omninode.migrations.annotations.References;
import io.omninode.migrations.annotations.Table;
import io.omninode.migrations.annotations.UniqueConstraint;
import io.omninode.migrations.processor.Diagnostics;
import io.omninode.migrations.processor.ProcessorMessages;
import io.omninode.migrations.processor.entity.EntityModel.ColumnModel;
import io.omninode.migrations.processor.entity.EntityModel.EnumUse;
import io.omninode.migrations.processor.entity.EntityModel.ForeignKeyModel;
import io.omninode.migrations.processor.entity.TypeMapping.Literal;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Unique;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * Validates one {@code @Table} class or record and reads it into an {@link EntityModel}. Every
 * problem of the type is reported (on the field, annotation or nested annotation at fault) before
 * the type is given up.
 */
final class EntityReader {

    private static final Set<String> IDENTITY_TYPES = Set.of("smallint", "integer", "bigint");

    private final Diagnostics diagnostics;
    private final boolean strict;

    EntityReader(Diagnostics diagnostics, boolean strict) {
        this.diagnostics = diagnostics;
        this.strict = strict;
    }

    /** The entity, or empty when it has errors (all of them reported). */
    Optional<EntityModel> read(TypeElement type) {
        int errorsBefore = diagnostics.errorCount();
        Table table = type.getAnnotation(Table.class);
        AnnotationMirror tableMirror = mirror(type, Table.class);
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            diagnostics.error(ProcessorMessages.invalidEntity(type.getQualifiedName().toString(), "@Table goes on a"
                    + " class or a record, whose fields (or components) are the columns"), type, tableMirror);
            return Optional.empty();
        }
        String tableName = table.name().isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : table.name();
        String schemaName = table.schema().isEmpty() ? null : table.schema();
        checkLength("table", tableName, type, tableMirror);
        if (schemaName != null) {
            checkLength("schema", schemaName, type, tableMirror);
        }
        if (!table.renamedFrom().isEmpty()) {
            checkLength("table", table.renamedFrom(), type, tableMirror);
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        QualifiedName name = QualifiedName.of(schemaName, tableName);

        List<ColumnModel> columns = new ArrayList<>();
        Map<String, Element> columnOrigins = new HashMap<>();
        List<String> keyColumns = new ArrayList<>();
        String keyName = null;
        List<Unique> uniques = new ArrayList<>();
        List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        List<EnumUse> enums = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            AnnotationMirror columnMirror = mirror(field, Column.class);
            String columnName = column == null || column.name().isEmpty()
                    ? Names.snakeCase(field.getSimpleName().toString()) : column.name();
            if (!checkLength("column", columnName, field, columnMirror)) {
                continue;
            }
            Element earlier = columnOrigins.putIfAbsent(columnName, field);
            if (earlier != null) {
                diagnostics.error(ProcessorMessages.duplicateColumn(name.toString(), columnName,
                        earlier.getSimpleName().toString(), field.getSimpleName().toString()), field, columnMirror);
                continue;
            }
            Id id = field.getAnnotation(Id.class);
            readColumn(name, field, column, columnMirror, columnName, id, enums).ifPresent(columns::add);
            if (id != null) {
                keyColumns.add(columnName);
                if (!id.constraintName().isEmpty() && checkLength("primary key", id.constraintName(), field,
                        mirror(field, Id.class))) {
                    keyName = id.constraintName();
                }
            }
            if (column != null && column.unique()) {
                String uniqueName = Names.givenOrDerived("", tableName, List.of(columnName), "key");
                if (checkLength("unique constraint", uniqueName, field, columnMirror)) {
                    uniques.add(new Unique(uniqueName, List.of(columnName)));
                }
            }
            References reference = field.getAnnotation(References.class);
            if (reference != null) {
                AnnotationMirror referenceMirror = mirror(field, References.class);
                String fkName = Names.givenOrDerived(reference.name(), tableName, List.of(columnName), "fkey");
                if (checkLength("foreign key", fkName, field, referenceMirror)) {
                    foreignKeys.add(new ForeignKeyModel(field, referenceMirror, fkName, List.of(columnName),
                            QualifiedName.of(reference.schema().isEmpty() ? null : reference.schema(), reference.table()),
                            reference.column().isEmpty() ? List.of() : List.of(reference.column()),
                            action(reference.onDelete()), action(reference.onUpdate())));
                }
            }
        }
        TableScope scope = new TableScope(name, columns.stream().map(c -> c.column().name()).toList());
        for (int i = 0; i < table.uniques().length; i++) {
            List<String> uniqueColumns = List.of(table.uniques()[i].columns());
            AnnotationMirror at = nested(tableMirror, "uniques", i);
            validName(scope, "unique constraint", table.uniques()[i].name(), "key", uniqueColumns, type, at)
                    .flatMap(n -> attempt(() -> new Unique(n, uniqueColumns), "unique " + n, type, at))
                    .ifPresent(uniques::add);
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < table.checks().length; i++) {
            Check check = table.checks()[i];
            AnnotationMirror at = nested(tableMirror, "checks", i);
            if (checkLength("check constraint", check.name(), type, at)) {
                attempt(() -> CheckConstraint.of(check.name(), check.expression()), "check " + check.name(), type, at)
                        .ifPresent(checks::add);
            }
        }
        for (int i = 0; i < table.foreignKeys().length; i++) {
            ForeignKey fk = table.foreignKeys()[i];
            AnnotationMirror at = nested(tableMirror, "foreignKeys", i);
            List<String> fkColumns = List.of(fk.columns());
            validName(scope, "foreign key", fk.name(), "fkey", fkColumns, type, at).ifPresent(fkName ->
                    foreignKeys.add(new ForeignKeyModel(type, at, fkName, fkColumns,
                            QualifiedName.of(fk.schema().isEmpty() ? null : fk.schema(), fk.table()),
                            List.of(fk.referencedColumns()), action(fk.onDelete()), action(fk.onUpdate()))));
        }
        List<io.omninode.migrations.schema.Index> indexes = new ArrayList<>();
        for (int i = 0; i < table.indexes().length; i++) {
            Index index = table.indexes()[i];
            AnnotationMirror at = nested(tableMirror, "indexes", i);
            List<String> indexColumns = List.of(index.columns());
            validName(scope, "index", index.name(), "idx", indexColumns, type, at)
                    .flatMap(indexName -> attempt(() -> new io.omninode.migrations.schema.Index(indexName, name,
                            indexColumns.stream().map(IndexKey::column).toList(), index.unique(),
                            IndexMethod.valueOf(index.method().name()), List.of(),
                            index.where().isEmpty() ? null : index.where()), "index " + indexName, type, at))
                    .ifPresent(indexes::add);
        }
        PrimaryKey primaryKey = null;
        if (keyColumns.isEmpty()) {
            diagnostics.report(strict, ProcessorMessages.noPrimaryKey(name.toString(), type.getQualifiedName().toString()),
                    type, tableMirror);
        } else {
            String pkName = keyName != null ? keyName : tableName + "_pkey";
            if (checkLength("primary key", pkName, type, tableMirror)) {
                primaryKey = new PrimaryKey(pkName, keyColumns);
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new EntityModel(type, tableMirror, name, table.comment().isEmpty() ? null : table.comment(),
                table.renamedFrom().isEmpty() ? null : table.renamedFrom(), columns, primaryKey, uniques, checks,
                foreignKeys, indexes, enums));
    }

    private Optional<ColumnModel> readColumn(QualifiedName table, VariableElement field, Column column,
            AnnotationMirror columnMirror, String columnName, Id id, List<EnumUse> enums) {
        String where = "column " + table + "." + columnName;
        Element reportOn = field;
        SqlType type;
        Literal literal;
        boolean primitive = field.asType().getKind().isPrimitive();
        List<String> enumLabels = null;
        if (column != null && !column.type().isEmpty()) {
            Optional<SqlType> explicit = attempt(() -> SqlType.of(column.type()), where, reportOn, columnMirror);
            if (explicit.isEmpty()) {
                return Optional.empty();
            }
            type = explicit.get();
            literal = TypeMapping.literalOf(field.asType());
        } else if (isEnum(field)) {
            TypeElement javaEnum = (TypeElement) ((DeclaredType) field.asType()).asElement();
            Optional<EnumType> pgEnum = enumType(javaEnum, field);
            if (pgEnum.isEmpty()) {
                return Optional.empty();
            }
            enums.add(new EnumUse(field, javaEnum, pgEnum.get()));
            type = SqlType.named(pgEnum.get().name().schema(), pgEnum.get().name().name());
            literal = Literal.TEXT;
            enumLabels = pgEnum.get().values();
        } else {
            Optional<TypeMapping.Mapped> mapped = TypeMapping.of(field.asType());
            if (mapped.isEmpty()) {
                diagnostics.error(ProcessorMessages.unmappedType(
                        field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName(),
                        field.asType().toString()), field);
                return Optional.empty();
            }
            String sql = mapped.get().sql();
            if (column != null && column.length() >= 0) {
                if (!sql.equals("text")) {
                    diagnostics.error(ProcessorMessages.invalidEntity(where, "length applies to String fields only;"
                            + " give the type instead, e.g. @Column(type = \"...\")"), field, columnMirror);
                    return Optional.empty();
                }
                sql = "varchar(" + column.length() + ")";
            }
            if (column != null && (column.precision() >= 0 || column.scale() >= 0)) {
                if (!sql.equals("numeric") || column.precision() < 1) {
                    diagnostics.error(ProcessorMessages.invalidEntity(where, "precision (at least 1) and scale apply"
                            + " to BigDecimal and BigInteger fields only"), field, columnMirror);
                    return Optional.empty();
                }
                sql = "numeric(" + column.precision() + (column.scale() >= 0 ? "," + column.scale() : "") + ")";
            }
            type = SqlType.of(sql);
            literal = mapped.get().literal();
        }
        boolean nullable = !primitive && id == null && (column == null || column.nullable());
        io.omninode.migrations.schema.Column model = new io.omninode.migrations.schema.Column(
                columnName, type, nullable, null, null, null);
        if (column != null) {
            if (!column.defaultValue().isEmpty() && !column.defaultExpression().isEmpty()) {
                diagnostics.error(ProcessorMessages.invalidEntity(where, "give defaultValue or defaultExpression,"
                        + " not both"), field, columnMirror);
                return Optional.empty();
            }
            if (!column.defaultValue().isEmpty()) {
                Optional<ColumnDefault> value = literal(column.defaultValue(), literal, enumLabels, where, field,
                        columnMirror);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                model = model.withDefault(value.get());
            } else if (!column.defaultExpression().isEmpty()) {
                Optional<ColumnDefault> expression = attempt(() -> ColumnDefault.expression(column.defaultExpression()),
                        where, field, columnMirror);
                if (expression.isEmpty()) {
                    return Optional.empty();
                }
                model = model.withDefault(expression.get());
            }
            if (!column.comment().isEmpty()) {
                model = model.comment(column.comment());
            }
        }
        if (id != null && id.generated() != Id.Generated.NONE) {
            AnnotationMirror idMirror = mirror(field, Id.class);
            if (!IDENTITY_TYPES.contains(type.sql()) || model.defaultValue() != null) {
                diagnostics.error(ProcessorMessages.invalidEntity(where, "an identity key must be a smallint, integer"
                        + " or bigint (short, int or long) without a default"), field, idMirror);
                return Optional.empty();
            }
            model = model.identity(id.generated() == Id.Generated.ALWAYS ? Identity.always() : Identity.byDefault());
        }
        String renamedFrom = column == null || column.renamedFrom().isEmpty() ? null : column.renamedFrom();
        if (renamedFrom != null && !checkLength("column", renamedFrom, field, columnMirror)) {
            return Optional.empty();
        }
        return Optional.of(new ColumnModel(field, model, renamedFrom));
    }

    private Optional<ColumnDefault> literal(String text, Literal literal, List<String> enumLabels, String where,
            Element field, AnnotationMirror columnMirror) {
        try {
            return Optional.of(switch (literal) {
                case INTEGER -> ColumnDefault.value(Long.parseLong(text.strip()));
                case DECIMAL -> ColumnDefault.value(new BigDecimal(text.strip()));
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("a boolean default is \"true\" or \"false\"");
                    }
                    yield ColumnDefault.value(Boolean.parseBoolean(text));
                }
                case TEXT -> {
                    if (enumLabels != null && !enumLabels.contains(text)) {
                        throw new IllegalArgumentException("the default must be one of " + enumLabels);
                    }
                    yield ColumnDefault.value(text);
                }
            });
        } catch (IllegalArgumentException e) {
            diagnostics.error(ProcessorMessages.invalidEntity(where, "defaultValue \"" + text + "\" does not fit the"
                    + " column: " + e.getMessage()), field, columnMirror, value(columnMirror, "defaultValue"));
            return Optional.empty();
        }
    }

    private Optional<EnumType> enumType(TypeElement javaEnum, Element field) {
        PgEnum pgEnum = javaEnum.getAnnotation(PgEnum.class);
        String typeName = pgEnum == null || pgEnum.name().isEmpty()
                ? Names.snakeCase(javaEnum.getSimpleName().toString()) : pgEnum.name();
        String schema = pgEnum == null || pgEnum.schema().isEmpty() ? null : pgEnum.schema();
        List<String> labels = javaEnum.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList();
        if (!checkLength("enum type", typeName, field, null)) {
            return Optional.empty();
        }
        return attempt(() -> new EnumType(QualifiedName.of(schema, typeName), labels), "enum " + javaEnum, field, null);
    }

    private static boolean isEnum(VariableElement field) {
        return field.asType() instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM;
    }

    /** The table being read, for the checks of its table-level constraints and indexes. */
    private record TableScope(QualifiedName name, List<String> columns) {}

    /**
     * The name of a constraint or index over {@code columns} (given, or derived the PostgreSQL way)
     * when every column exists and the name fits; empty, with each problem reported, otherwise.
     */
    private Optional<String> validName(TableScope scope, String kind, String given, String suffix,
            List<String> columns, Element element, AnnotationMirror at) {
        String name = Names.givenOrDerived(given, scope.name().name(), columns, suffix);
        boolean ok = true;
        for (String column : columns) {
            if (!scope.columns().contains(column)) {
                diagnostics.error(ProcessorMessages.unknownColumn(kind + " " + name + " of table " + scope.name(), column,
                        scope.name().toString(), scope.columns()), element, at);
                ok = false;
            }
        }
        return ok && checkLength(kind, name, element, at) ? Optional.of(name) : Optional.empty();
    }

    private boolean checkLength(String kind, String name, Element element, AnnotationMirror at) {
        int bytes = Names.bytes(name);
        if (bytes > Names.MAX_BYTES) {
            diagnostics.error(ProcessorMessages.nameTooLong(kind, name, bytes), element, at);
            return false;
        }
        if (name.isBlank()) {
            diagnostics.error(ProcessorMessages.invalidEntity(kind + " name", "must not be blank"), element, at);
            return false;
        }
        return true;
    }

    /** Builds a model value, turning the record's own validation into an error on the element. */
    private <T> Optional<T> attempt(Supplier<T> build, String where, Element element, AnnotationMirror at) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException e) {
            diagnostics.error(ProcessorMessages.invalidEntity(where, e.getMessage()), element, at);
            return Optional.empty();
        }
    }

    private static ReferentialAction action(References.Action action) {
        return ReferentialAction.valueOf(action.name());
    }

    static AnnotationMirror mirror(Element element, Class<?> annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return mirror;
            }
        }
        return null;
    }

    private static AnnotationMirror nested(AnnotationMirror parent, String member, int index) {
        AnnotationValue value = value(parent, member);
        if (value != null && value.getValue() instanceof List<?> items && index < items.size()
                && ((AnnotationValue) items.get(index)).getValue() instanceof AnnotationMirror nested) {
            return nested;
        }
        return parent;
    }

    private static AnnotationValue value(AnnotationMirror mirror, String member) {
        return mirror == null ? null : Diagnostics.valueOf(mirror, member, null).orElse(null);
    }
}
