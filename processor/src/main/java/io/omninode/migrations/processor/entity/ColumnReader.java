package io.omninode.migrations.processor.entity;

import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.PgEnum;
import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.processor.entity.EntityModel.ColumnModel;
import io.omninode.migrations.processor.entity.EntityModel.EnumUse;
import io.omninode.migrations.processor.entity.TypeMapping.Literal;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.SqlType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Reads one field or record component into a column: its type (explicit, a Java enum, or the
 * default mapping), nullability, default, identity and comment, reporting what does not fit.
 */
final class ColumnReader {

    private static final Set<String> IDENTITY_TYPES = Set.of("smallint", "integer", "bigint");

    private final Diagnostics diagnostics;
    private final ElementProblems problems;

    ColumnReader(Diagnostics diagnostics, ElementProblems problems) {
        this.diagnostics = diagnostics;
        this.problems = problems;
    }

    /** The column's type and how its default literals read: explicit, a Java enum, or the default mapping. */
    private record ResolvedType(SqlType type, Literal literal, List<String> enumLabels) {}

    /**
     * The column of {@code field}, or empty when it has a problem (reported).
     *
     * @param enums collects the PostgreSQL enum types the column uses
     */
    Optional<ColumnModel> read(QualifiedName table, VariableElement field, Column column,
            AnnotationMirror columnMirror, String columnName, Id id, List<EnumUse> enums) {
        String where = "column " + table + "." + columnName;
        Optional<ResolvedType> resolved = resolveType(field, column, columnMirror, where, enums);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        SqlType type = resolved.get().type();
        boolean primitive = field.asType().getKind().isPrimitive();
        boolean nullable = !primitive && id == null && (column == null || column.nullable());
        io.omninode.migrations.schema.Column model = new io.omninode.migrations.schema.Column(
                columnName, type, nullable, null, null, null);
        if (column != null) {
            if (!column.defaultValue().isEmpty() && !column.defaultExpression().isEmpty()) {
                diagnostics.report(ProcessorMessages.invalidEntity(where, "give defaultValue or defaultExpression,"
                        + " not both").on(field, columnMirror));
                return Optional.empty();
            }
            if (!column.defaultValue().isEmpty()) {
                Optional<ColumnDefault> value = literal(column.defaultValue(), resolved.get().literal(),
                        resolved.get().enumLabels(), where, field, columnMirror);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                model = model.withDefault(value.get());
            } else if (!column.defaultExpression().isEmpty()) {
                Optional<ColumnDefault> expression = problems.attempt(() -> ColumnDefault.expression(column.defaultExpression()),
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
            AnnotationMirror idMirror = AnnotationValues.mirror(field, Id.class);
            if (!IDENTITY_TYPES.contains(type.sql()) || model.defaultValue() != null) {
                diagnostics.report(ProcessorMessages.invalidEntity(where, "an identity key must be a smallint, integer"
                        + " or bigint (short, int or long) without a default").on(field, idMirror));
                return Optional.empty();
            }
            model = model.identity(id.generated() == Id.Generated.ALWAYS ? Identity.always() : Identity.byDefault());
        }
        String renamedFrom = column == null || column.renamedFrom().isEmpty() ? null : column.renamedFrom();
        if (renamedFrom != null && !problems.checkLength("column", renamedFrom, field, columnMirror)) {
            return Optional.empty();
        }
        return Optional.of(new ColumnModel(field, model, renamedFrom));
    }

    private Optional<ResolvedType> resolveType(VariableElement field, Column column, AnnotationMirror columnMirror,
            String where, List<EnumUse> enums) {
        if (column != null && !column.type().isEmpty()) {
            return problems.attempt(() -> SqlType.of(column.type()), where, field, columnMirror)
                    .map(type -> new ResolvedType(type, TypeMapping.literalOf(field.asType()), null));
        }
        if (isEnum(field)) {
            TypeElement javaEnum = (TypeElement) ((DeclaredType) field.asType()).asElement();
            return enumType(javaEnum, field).map(pgEnum -> {
                enums.add(new EnumUse(field, javaEnum, pgEnum));
                return new ResolvedType(SqlType.named(pgEnum.name().schema(), pgEnum.name().name()), Literal.TEXT,
                        pgEnum.values());
            });
        }
        Optional<TypeMapping.Mapped> mapped = TypeMapping.of(field.asType());
        if (mapped.isEmpty()) {
            diagnostics.report(ProcessorMessages.unmappedType(
                    field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName(),
                    field.asType().toString()).on(field));
            return Optional.empty();
        }
        String sql = mapped.get().sql();
        if (column != null && column.length() >= 0) {
            if (!sql.equals("text")) {
                diagnostics.report(ProcessorMessages.invalidEntity(where, "length applies to String fields only;"
                        + " give the type instead, e.g. @Column(type = \"...\")").on(field, columnMirror));
                return Optional.empty();
            }
            sql = "varchar(" + column.length() + ")";
        }
        if (column != null && (column.precision() >= 0 || column.scale() >= 0)) {
            if (!sql.equals("numeric") || column.precision() < 1) {
                diagnostics.report(ProcessorMessages.invalidEntity(where, "precision (at least 1) and scale apply"
                        + " to BigDecimal and BigInteger fields only").on(field, columnMirror));
                return Optional.empty();
            }
            sql = "numeric(" + column.precision() + (column.scale() >= 0 ? "," + column.scale() : "") + ")";
        }
        return Optional.of(new ResolvedType(SqlType.of(sql), mapped.get().literal(), null));
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
            diagnostics.report(ProcessorMessages.invalidEntity(where, "defaultValue \"" + text + "\" does not fit the"
                    + " column: " + e.getMessage())
                    .on(field, columnMirror, AnnotationValues.value(columnMirror, "defaultValue")));
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
        if (!problems.checkLength("enum type", typeName, field, null)) {
            return Optional.empty();
        }
        return problems.attempt(() -> new EnumType(QualifiedName.of(schema, typeName), labels), "enum " + javaEnum, field, null);
    }

    private static boolean isEnum(VariableElement field) {
        return field.asType() instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM;
    }
}
