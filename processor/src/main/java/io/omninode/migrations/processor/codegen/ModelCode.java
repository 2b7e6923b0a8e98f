package io.omninode.migrations.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Java source, as JavaPoet code blocks, that rebuilds schema model values with their fluent
 * builders: {@code Column.of("id", "bigint").identity(Identity.always())}. Names and values go
 * through {@code $S}, so JavaPoet does the escaping.
 */
final class ModelCode {

    private ModelCode() {}

    static CodeBlock table(Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.named($S)", Table.class, table.name().name());
        for (Column column : table.columns()) {
            code.add("\n.column($L)", column(column));
        }
        if (table.primaryKey() != null) {
            code.add("\n.primaryKey($L)", primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(u -> code.add("\n.unique($L)", unique(u)));
        table.checks().forEach(c -> code.add("\n.check($L)", check(c)));
        table.exclusions().forEach(e -> code.add("\n.exclusion($L)", exclusion(e)));
        table.foreignKeys().forEach(fk -> code.add("\n.foreignKey($L)", foreignKey(fk)));
        if (table.comment() != null) {
            code.add("\n.comment($S)", table.comment());
        }
        return code.build();
    }

    static CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.of($S, $S)", Column.class, column.name(), column.type().sql());
        if (!column.nullable() && column.identity() == null) {
            code.add(".notNull()");
        }
        if (column.defaultValue() instanceof ColumnDefault.Expression e) {
            code.add(".defaultExpression($S)", e.sql());
        } else if (column.defaultValue() instanceof ColumnDefault.Value v) {
            code.add(".defaultValue($L)", literal(v.value()));
        }
        if (column.identity() != null) {
            code.add(".identity($L)", identity(column.identity()));
        }
        if (column.generated() != null) {
            code.add(".generatedAs($S)", column.generated());
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        return code.build();
    }

    static CodeBlock columnDefault(ColumnDefault value) {
        return value instanceof ColumnDefault.Expression e
                ? CodeBlock.of("$T.expression($S)", ColumnDefault.class, e.sql())
                : CodeBlock.of("$T.value($L)", ColumnDefault.class, literal(((ColumnDefault.Value) value).value()));
    }

    static CodeBlock identity(Identity identity) {
        CodeBlock base = CodeBlock.of("$T.$L()", Identity.class,
                identity.generation() == Identity.Generation.ALWAYS ? "always" : "byDefault");
        return identity.options().isDefault() ? base
                : CodeBlock.of("$L.options($L)", base, sequenceOptions(identity.options()));
    }

    static CodeBlock sequence(Sequence sequence) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S)", Sequence.class, sequence.name().name());
        if (!sequence.options().isDefault()) {
            code.add(".options($L)", sequenceOptions(sequence.options()));
        }
        if (sequence.ownedBy() != null) {
            code.add(".ownedBy($S, $S)", sequence.ownedBy().table(), sequence.ownedBy().column());
        }
        return code.build();
    }

    private static CodeBlock sequenceOptions(SequenceOptions options) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.DEFAULTS", SequenceOptions.class);
        if (options.dataType() != null) {
            code.add(".dataType($S)", options.dataType().sql());
        }
        option(code, "startWith", options.startWith());
        option(code, "incrementBy", options.incrementBy());
        option(code, "minValue", options.minValue());
        option(code, "maxValue", options.maxValue());
        option(code, "cache", options.cache());
        if (options.cycle()) {
            code.add(".cycle(true)");
        }
        return code.build();
    }

    private static void option(CodeBlock.Builder code, String method, Long value) {
        if (value != null) {
            code.add(".$L($LL)", method, value);
        }
    }

    static CodeBlock primaryKey(PrimaryKey key) {
        return named(CodeBlock.of("$T.of($L)$L", PrimaryKey.class, strings(key.columns()),
                deferrable(key.deferrability())), key.name());
    }

    static CodeBlock unique(Unique unique) {
        return named(CodeBlock.of("$T.of($L)$L", Unique.class, strings(unique.columns()),
                deferrable(unique.deferrability())), unique.name());
    }

    static CodeBlock check(CheckConstraint check) {
        CodeBlock code = CodeBlock.of("$T.of($S, $S)", CheckConstraint.class, check.name(), check.expression());
        return check.valid() ? code : CodeBlock.of("$L.valid(false)", code);
    }

    static CodeBlock exclusion(Exclusion exclusion) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S, $T.$L", Exclusion.class, exclusion.name(),
                IndexMethod.class, exclusion.method().name());
        exclusion.elements().forEach(e -> code.add(", $T.of($S, $S)", Exclusion.Element.class, e.expression(),
                e.operator()));
        code.add(")");
        if (exclusion.where() != null) {
            code.add(".where($S)", exclusion.where());
        }
        return code.add(deferrable(exclusion.deferrability())).build();
    }

    static CodeBlock foreignKey(ForeignKey fk) {
        QualifiedName target = fk.referencedTable();
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($L)", ForeignKey.class, strings(fk.columns()));
        String columns = fk.referencedColumns().isEmpty() ? "" : ", " + strings(fk.referencedColumns());
        if (target.schema() == null) {
            code.add(".references($S$L)", target.name(), columns);
        } else {
            code.add(".references($T.of($S, $S)$L)", QualifiedName.class, target.schema(), target.name(), columns);
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            code.add(".onDelete($T.$L)", ReferentialAction.class, fk.onDelete().name());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            code.add(".onUpdate($T.$L)", ReferentialAction.class, fk.onUpdate().name());
        }
        code.add(deferrable(fk.deferrability()));
        if (fk.fullMatch()) {
            code.add(".matchFull()");
        }
        if (!fk.valid()) {
            code.add(".valid(false)");
        }
        return named(code.build(), fk.name());
    }

    private static CodeBlock deferrable(Deferrability deferrability) {
        return deferrability == Deferrability.NOT_DEFERRABLE ? CodeBlock.of("")
                : CodeBlock.of(".deferrable($L)", deferrability == Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
    }

    static CodeBlock index(Index index) {
        boolean plainColumns = index.keys().stream()
                .allMatch(k -> k.column() != null && k.equals(IndexKey.column(k.column())));
        CodeBlock.Builder code = CodeBlock.builder();
        if (plainColumns) {
            code.add("$T.of($S, $S, $L)", Index.class, index.name(), index.table().name(),
                    strings(index.keys().stream().map(IndexKey::column).toList()));
        } else {
            CodeBlock keys = index.keys().stream().map(ModelCode::indexKey).collect(CodeBlock.joining(", "));
            code.add("$T.of($S, $S, $L)", Index.class, index.name(), index.table().name(), keys);
        }
        if (index.unique()) {
            code.add(".asUnique()");
        }
        if (index.method() != IndexMethod.BTREE) {
            code.add(".using($T.$L)", IndexMethod.class, index.method().name());
        }
        if (!index.include().isEmpty()) {
            code.add(".include($L)", strings(index.include()));
        }
        if (index.where() != null) {
            code.add(".where($S)", index.where());
        }
        return code.build();
    }

    private static CodeBlock indexKey(IndexKey key) {
        CodeBlock base = key.column() != null ? CodeBlock.of("$T.column($S)", IndexKey.class, key.column())
                : CodeBlock.of("$T.expression($S)", IndexKey.class, key.expression());
        CodeBlock.Builder code = CodeBlock.builder().add(base);
        if (key.opclass() != null) {
            code.add(".opclass($S)", key.opclass());
        }
        if (key.descending()) {
            code.add(".desc()");
        }
        if (key.nullsFirst() != null) {
            code.add(".nullsFirst($L)", key.nullsFirst());
        }
        return code.build();
    }

    /** {@code "a", "b"}: arguments for a varargs parameter. */
    static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }

    /** A Java expression of the same value, for defaults and raw-SQL parameters. */
    static CodeBlock literal(Object value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String s) {
            return CodeBlock.of("$S", s);
        }
        if (value instanceof Long l) {
            return CodeBlock.of("$LL", l);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Short || value instanceof Byte) {
            return CodeBlock.of("($L) $L", value instanceof Short ? "short" : "byte", value);
        }
        if (value instanceof Double d) {
            return CodeBlock.of("$LD", d);
        }
        if (value instanceof Float f) {
            return CodeBlock.of("$LF", f);
        }
        if (value instanceof BigDecimal || value instanceof java.math.BigInteger) {
            return CodeBlock.of("new $T($S)", value.getClass(), value.toString());
        }
        if (value instanceof UUID) {
            return CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
        }
        if (value instanceof TemporalAccessor || value instanceof java.time.Duration) {
            return CodeBlock.of("$T.parse($S)", value.getClass(), value.toString());
        }
        if (value instanceof byte[] bytes) {
            return CodeBlock.of("$T.of().parseHex($S)", HexFormat.class, HexFormat.of().formatHex(bytes));
        }
        if (value instanceof Character c) {
            return CodeBlock.of("$T.valueOf($S.charAt(0))", Character.class, c.toString());
        }
        if (value instanceof Enum<?> e) {
            return CodeBlock.of("$S", e.name());
        }
        throw new IllegalArgumentException("no Java literal for a " + value.getClass().getName());
    }

    private static CodeBlock named(CodeBlock code, String name) {
        return name == null ? code : CodeBlock.of("$L.named($S)", code, name);
    }
}
