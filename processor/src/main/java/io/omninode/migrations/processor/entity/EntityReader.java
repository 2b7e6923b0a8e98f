package io.omninode.migrations.processor.entity;

import io.omninode.migrations.annotations.Check;
import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.ForeignKey;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.Index;
import io.omninode.migrations.annotations.References;
import io.omninode.migrations.annotations.Table;
import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.processor.entity.EntityModel.ColumnModel;
import io.omninode.migrations.processor.entity.EntityModel.EnumUse;
import io.omninode.migrations.processor.entity.EntityModel.ForeignKeyModel;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Unique;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
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

    private final Diagnostics diagnostics;
    private final boolean strict;
    private final ElementProblems problems;
    private final ColumnReader columnReader;

    EntityReader(Diagnostics diagnostics, boolean strict) {
        this.diagnostics = diagnostics;
        this.strict = strict;
        this.problems = new ElementProblems(diagnostics);
        this.columnReader = new ColumnReader(diagnostics, problems);
    }

    /** The entity, or empty when it has errors (all of them reported). */
    Optional<EntityModel> read(TypeElement type) {
        int errorsBefore = diagnostics.errorCount();
        Table table = type.getAnnotation(Table.class);
        AnnotationMirror tableMirror = AnnotationValues.mirror(type, Table.class);
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            diagnostics.report(ProcessorMessages.invalidEntity(type.getQualifiedName().toString(), "@Table goes on a"
                    + " class or a record, whose fields (or components) are the columns").on(type, tableMirror));
            return Optional.empty();
        }
        String tableName = table.name().isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : table.name();
        String schemaName = table.schema().isEmpty() ? null : table.schema();
        problems.checkLength("table", tableName, type, tableMirror);
        if (schemaName != null) {
            problems.checkLength("schema", schemaName, type, tableMirror);
        }
        if (!table.renamedFrom().isEmpty()) {
            problems.checkLength("table", table.renamedFrom(), type, tableMirror);
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
        for (VariableElement field : fields(type)) {
            if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            AnnotationMirror columnMirror = AnnotationValues.mirror(field, Column.class);
            String columnName = column == null || column.name().isEmpty()
                    ? Names.snakeCase(field.getSimpleName().toString()) : column.name();
            if (!problems.checkLength("column", columnName, field, columnMirror)) {
                continue;
            }
            Element earlier = columnOrigins.putIfAbsent(columnName, field);
            if (earlier != null) {
                diagnostics.report(ProcessorMessages.duplicateColumn(name.toString(), columnName,
                        earlier.getSimpleName().toString(), field.getSimpleName().toString()).on(field, columnMirror));
                continue;
            }
            Id id = field.getAnnotation(Id.class);
            columnReader.read(name, field, column, columnMirror, columnName, id, enums).ifPresent(columns::add);
            if (id != null) {
                keyColumns.add(columnName);
                if (!id.constraintName().isEmpty() && problems.checkLength("primary key", id.constraintName(), field,
                        AnnotationValues.mirror(field, Id.class))) {
                    keyName = id.constraintName();
                }
            }
            if (column != null && column.unique()) {
                String uniqueName = Names.givenOrDerived("", tableName, List.of(columnName), "key");
                if (problems.checkLength("unique constraint", uniqueName, field, columnMirror)) {
                    uniques.add(new Unique(uniqueName, List.of(columnName)));
                }
            }
            References reference = field.getAnnotation(References.class);
            if (reference != null) {
                AnnotationMirror referenceMirror = AnnotationValues.mirror(field, References.class);
                String fkName = Names.givenOrDerived(reference.name(), tableName, List.of(columnName), "fkey");
                if (problems.checkLength("foreign key", fkName, field, referenceMirror)) {
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
            AnnotationMirror at = AnnotationValues.nested(tableMirror, "uniques", i);
            validName(scope, "unique constraint", table.uniques()[i].name(), "key", uniqueColumns, type, at)
                    .flatMap(n -> problems.attempt(() -> new Unique(n, uniqueColumns), "unique " + n, type, at))
                    .ifPresent(uniques::add);
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < table.checks().length; i++) {
            Check check = table.checks()[i];
            AnnotationMirror at = AnnotationValues.nested(tableMirror, "checks", i);
            if (problems.checkLength("check constraint", check.name(), type, at)) {
                problems.attempt(() -> CheckConstraint.of(check.name(), check.expression()), "check " + check.name(), type, at)
                        .ifPresent(checks::add);
            }
        }
        for (int i = 0; i < table.foreignKeys().length; i++) {
            ForeignKey fk = table.foreignKeys()[i];
            AnnotationMirror at = AnnotationValues.nested(tableMirror, "foreignKeys", i);
            List<String> fkColumns = List.of(fk.columns());
            validName(scope, "foreign key", fk.name(), "fkey", fkColumns, type, at).ifPresent(fkName ->
                    foreignKeys.add(new ForeignKeyModel(type, at, fkName, fkColumns,
                            QualifiedName.of(fk.schema().isEmpty() ? null : fk.schema(), fk.table()),
                            List.of(fk.referencedColumns()), action(fk.onDelete()), action(fk.onUpdate()))));
        }
        List<io.omninode.migrations.schema.Index> indexes = new ArrayList<>();
        for (int i = 0; i < table.indexes().length; i++) {
            Index index = table.indexes()[i];
            AnnotationMirror at = AnnotationValues.nested(tableMirror, "indexes", i);
            List<String> indexColumns = List.of(index.columns());
            validName(scope, "index", index.name(), "idx", indexColumns, type, at)
                    .flatMap(indexName -> problems.attempt(() -> new io.omninode.migrations.schema.Index(indexName, name,
                            indexColumns.stream().map(IndexKey::column).toList(), index.unique(),
                            IndexMethod.valueOf(index.method().name()), List.of(),
                            index.where().isEmpty() ? null : index.where()), "index " + indexName, type, at))
                    .ifPresent(indexes::add);
        }
        PrimaryKey primaryKey = null;
        if (keyColumns.isEmpty()) {
            diagnostics.report(ProcessorMessages.noPrimaryKey(name.toString(), type.getQualifiedName().toString())
                    .errorIf(strict).on(type, tableMirror));
        } else {
            String pkName = keyName != null ? keyName : tableName + "_pkey";
            if (problems.checkLength("primary key", pkName, type, tableMirror)) {
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
                diagnostics.report(ProcessorMessages.unknownColumn(kind + " " + name + " of table " + scope.name(),
                        column, scope.name().toString(), scope.columns()).on(element, at));
                ok = false;
            }
        }
        return ok && problems.checkLength(kind, name, element, at) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The instance fields of {@code type} and its superclasses, the superclasses' first: a base class
     * can hold the columns every table shares (an id, timestamps).
     */
    private static List<VariableElement> fields(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement current = type; current != null; current = superclass(current)) {
            chain.add(0, current);
        }
        List<VariableElement> fields = new ArrayList<>();
        chain.forEach(t -> fields.addAll(ElementFilter.fieldsIn(t.getEnclosedElements())));
        return fields;
    }

    private static TypeElement superclass(TypeElement type) {
        if (!(type.getSuperclass() instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement superclass = (TypeElement) declared.asElement();
        String name = superclass.getQualifiedName().toString();
        return name.equals("java.lang.Object") || name.equals("java.lang.Record") ? null : superclass;
    }

    private static ReferentialAction action(References.Action action) {
        return ReferentialAction.valueOf(action.name());
    }
}
