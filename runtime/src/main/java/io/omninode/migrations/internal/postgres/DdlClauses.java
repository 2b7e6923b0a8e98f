package io.omninode.migrations.internal.postgres;

import static io.omninode.migrations.schema.SqlText.identifier;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The pieces statements are made of: column definitions, constraint clauses, names. */
final class DdlClauses {

    private DdlClauses() {}

    static String name(QualifiedName name) {
        return SqlText.qualified(name.schema(), name.name());
    }

    static String identifiers(List<String> names) {
        return names.stream().map(SqlText::identifier).collect(Collectors.joining(", "));
    }

    static String ifExists(boolean ifExists) {
        return ifExists ? "IF EXISTS " : "";
    }

    static String ifNotExists(boolean ifNotExists) {
        return ifNotExists ? "IF NOT EXISTS " : "";
    }

    static String cascade(boolean cascade) {
        return cascade ? " CASCADE" : "";
    }

    /** {@code IS 'text'}, or {@code IS NULL}, which is how PostgreSQL removes a comment. */
    static String commentValue(String comment) {
        return comment == null ? "IS NULL" : "IS " + SqlText.string(comment);
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(identifier(column.name())).append(' ').append(column.type().sql());
        if (column.identity() != null) {
            sql.append(' ').append(identity(column.identity()));
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultValue(column.defaultValue()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    static String defaultValue(ColumnDefault value) {
        if (value instanceof ColumnDefault.Value literal) {
            return SqlText.literal(literal.value());
        }
        return ((ColumnDefault.Expression) value).sql();
    }

    static String identity(Identity identity) {
        String options = sequenceOptions(identity.options());
        return "GENERATED " + identity.generation().sql() + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + options.strip() + ")");
    }

    /**
     * Every option of an {@code ALTER SEQUENCE}, each with a leading space: an option left null is set back
     * to PostgreSQL's default explicitly, since ALTER keeps what it is not told.
     */
    static String sequenceAlteration(SequenceOptions options) {
        String type = options.dataType() != null ? options.dataType().sql() : "bigint";
        long typeMax = switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long increment = options.incrementBy() != null ? options.incrementBy() : 1;
        // NO MAXVALUE in an ALTER keeps the type's maximum even for a descending sequence: say the value
        long min = options.minValue() != null ? options.minValue() : increment > 0 ? 1 : -typeMax - 1;
        long max = options.maxValue() != null ? options.maxValue() : increment > 0 ? typeMax : -1;
        long start = options.startWith() != null ? options.startWith() : increment > 0 ? min : max;
        return " AS " + type + " INCREMENT BY " + increment + " MINVALUE " + min + " MAXVALUE " + max
                + " START WITH " + start + " CACHE " + (options.cache() != null ? options.cache() : 1)
                + (options.cycle() ? " CYCLE" : " NO CYCLE");
    }

    /** {@code OWNED BY table.column}, or {@code OWNED BY NONE}, with a leading space. */
    static String sequenceOwner(Sequence sequence) {
        return sequence.ownedBy() == null ? " OWNED BY NONE"
                : " OWNED BY " + name(sequence.ownerTable()) + "." + identifier(sequence.ownedBy().column());
    }

    /** The options that differ from PostgreSQL's defaults, each with a leading space. */
    static String sequenceOptions(SequenceOptions options) {
        List<String> parts = new ArrayList<>();
        if (options.dataType() != null) {
            parts.add("AS " + options.dataType().sql());
        }
        if (options.incrementBy() != null) {
            parts.add("INCREMENT BY " + options.incrementBy());
        }
        if (options.minValue() != null) {
            parts.add("MINVALUE " + options.minValue());
        }
        if (options.maxValue() != null) {
            parts.add("MAXVALUE " + options.maxValue());
        }
        if (options.startWith() != null) {
            parts.add("START WITH " + options.startWith());
        }
        if (options.cache() != null) {
            parts.add("CACHE " + options.cache());
        }
        if (options.cycle()) {
            parts.add("CYCLE");
        }
        return parts.stream().map(part -> " " + part).collect(Collectors.joining());
    }

    private static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + identifier(name) + " ";
    }

    static String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY (" + identifiers(key.columns()) + ")"
                + deferrability(key.deferrability());
    }

    static String unique(Unique unique) {
        return constraintName(unique.name()) + "UNIQUE (" + identifiers(unique.columns()) + ")"
                + deferrability(unique.deferrability());
    }

    static String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK (" + check.expression() + ")";
    }

    static String exclusion(Exclusion exclusion) {
        return constraintName(exclusion.name()) + "EXCLUDE USING " + exclusion.method().sql() + " ("
                + exclusion.elements().stream().map(e -> e.expression() + " WITH " + e.operator())
                        .collect(Collectors.joining(", ")) + ")"
                + (exclusion.where() == null ? "" : " WHERE (" + exclusion.where() + ")")
                + deferrability(exclusion.deferrability());
    }

    static String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder(constraintName(key.name()))
                .append("FOREIGN KEY (").append(identifiers(key.columns())).append(") REFERENCES ")
                .append(name(key.referencedTable()));
        if (!key.referencedColumns().isEmpty()) {
            sql.append(" (").append(identifiers(key.referencedColumns())).append(')');
        }
        if (key.fullMatch()) {
            sql.append(" MATCH FULL");
        }
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        return sql.append(deferrability(key.deferrability())).toString();
    }

    /** The deferrable clause with a leading space, or nothing for PostgreSQL's default. */
    private static String deferrability(Deferrability deferrability) {
        return deferrability == Deferrability.NOT_DEFERRABLE ? "" : " " + deferrability.sql();
    }
}
