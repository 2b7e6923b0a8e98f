package io.omninode.migrations.schema;

import io.omninode.migrations.schema.change.SchemaChange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole database schema as an immutable value: tables (with their columns, keys, constraints and
 * comments), indexes, enum types, sequences and extensions, in one or more PostgreSQL schemas. The entity
 * model, the snapshots, {@link io.omninode.migrations.schema.diff.SchemaDiff} and the live
 * introspection all produce this one type.
 *
 * <p>The constructor puts the schema in canonical form so that equal schemas are {@code equals}:
 * objects sorted by name, type aliases spelled one way ({@link SqlTypes}), literal defaults as
 * {@code String}, {@code Long}, {@code BigDecimal} or {@code Boolean}, expression defaults with
 * collapsed whitespace and {@code CURRENT_TIMESTAMP} as {@code now()}. Column order is kept: it is
 * the order of {@code CREATE TABLE}.
 *
 * <pre>{@code
 * Schema schema = Schema.EMPTY
 *     .apply(new CreateTable(Table.named("node").column(Column.of("id", "bigint")).primaryKey("id"), false))
 *     .apply(new CreateIndex(Index.of("ix_node_id", "node", "id"), false, false));
 * }</pre>
 *
 * @param tables the tables
 * @param indexes the indexes (each names its table; index names live in the table's schema)
 * @param enums the enum types
 * @param sequences the free-standing sequences (identity sequences belong to their column)
 * @param extensions the installed extensions
 * @param renameHints declared renames that a diff towards this schema follows; not part of the database
 */
public record Schema(List<Table> tables, List<Index> indexes, List<EnumType> enums, List<Sequence> sequences,
        List<Extension> extensions, List<RenameHint> renameHints) {

    /** Orders names with the search-path (null) schema first, then by schema and name. */
    public static final Comparator<QualifiedName> NAME_ORDER = (a, b) -> {
        int bySchema = compareSchemas(a.schema(), b.schema());
        return bySchema != 0 ? bySchema : a.name().compareTo(b.name());
    };

    /** Indexes as {@link #indexName} orders them, without making a name for each comparison. */
    private static final Comparator<Index> INDEX_ORDER = (a, b) -> {
        int bySchema = compareSchemas(a.table().schema(), b.table().schema());
        return bySchema != 0 ? bySchema : a.name().compareTo(b.name());
    };

    /** No objects at all (declared after NAME_ORDER, which its construction uses). */
    public static final Schema EMPTY = new Schema(List.of(), List.of(), List.of(), List.of(), List.of());

    public Schema {
        tables = sorted(tables, Table::name).stream().map(Schema::canonical).toList();
        indexes = indexes.stream().sorted(INDEX_ORDER).toList();
        enums = sorted(enums, EnumType::name);
        sequences = sorted(sequences, Sequence::name);
        extensions = extensions.stream().sorted(Comparator.comparing(Extension::name)).toList();
        renameHints = renameHints.stream()
                .sorted(Comparator.comparing(RenameHint::table, NAME_ORDER)
                        .thenComparing(h -> h.column() == null ? "" : h.column()))
                .toList();
        unique(tables, Table::name, "table");
        unique(indexes, Schema::indexName, "index");
        unique(enums, EnumType::name, "enum type");
        unique(sequences, Sequence::name, "sequence");
        unique(extensions, e -> QualifiedName.of(e.name()), "extension");
    }

    /** A schema without extensions, as entities and older snapshots describe it. */
    public Schema(List<Table> tables, List<Index> indexes, List<EnumType> enums, List<Sequence> sequences,
            List<RenameHint> renameHints) {
        this(tables, indexes, enums, sequences, List.of(), renameHints);
    }

    /** A schema of these objects, without rename hints. */
    public static Schema of(List<Table> tables, List<Index> indexes, List<EnumType> enums, List<Sequence> sequences) {
        return new Schema(tables, indexes, enums, sequences, List.of());
    }

    /** This schema after {@code change}, as PostgreSQL would leave it; raw SQL and data changes leave it as is. */
    public Schema apply(SchemaChange change) {
        return change.accept(new SchemaApplier(this));
    }

    /** The table named {@code name}. */
    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The indexes of {@code table}, by name. */
    public List<Index> indexesOf(QualifiedName table) {
        return indexes.stream().filter(i -> i.table().equals(table)).toList();
    }

    /** The enum type named {@code name}. */
    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The qualified name of an index: its name in its table's schema. */
    public static QualifiedName indexName(Index index) {
        return QualifiedName.of(index.table().schema(), index.name());
    }

    /** Whether {@code type} is the enum {@code name} or an array of it. */
    public static boolean isEnumType(SqlType type, QualifiedName name) {
        String sql = type.sql();
        String rendered = SqlText.qualified(name.schema(), name.name());
        return sql.equals(rendered) || sql.startsWith(rendered + "[");
    }

    /** The same schema with other tables. */
    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, indexes, enums, sequences, extensions, renameHints);
    }

    /** The same schema with other indexes. */
    public Schema withIndexes(List<Index> newIndexes) {
        return new Schema(tables, newIndexes, enums, sequences, extensions, renameHints);
    }

    /** The same schema with other enum types. */
    public Schema withEnums(List<EnumType> newEnums) {
        return new Schema(tables, indexes, newEnums, sequences, extensions, renameHints);
    }

    /** The same schema with other sequences. */
    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(tables, indexes, enums, newSequences, extensions, renameHints);
    }

    /** The same schema with other extensions. */
    public Schema withExtensions(List<Extension> newExtensions) {
        return new Schema(tables, indexes, enums, sequences, newExtensions, renameHints);
    }

    /** The same schema with other rename hints (none: {@code List.of()}). */
    public Schema withRenameHints(List<RenameHint> hints) {
        return hints.equals(renameHints) ? this : new Schema(tables, indexes, enums, sequences, extensions, hints);
    }

    /** The search-path (null) schema first, then by name. */
    private static int compareSchemas(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, QualifiedName> name) {
        return items.stream().sorted(Comparator.comparing(name, NAME_ORDER)).toList();
    }

    private static <T> void unique(List<T> items, Function<T, QualifiedName> name, String kind) {
        Set<QualifiedName> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException("the schema has two " + kind + "s named " + name.apply(item));
            }
        }
    }

    /** The table in canonical form; the table itself when it is so already (a schema made from another one). */
    private static Table canonical(Table table) {
        List<Column> columns = canonicalColumns(table.columns());
        List<Unique> uniques = byName(table.uniques(), Unique::name, u -> u.columns().toString());
        List<CheckConstraint> checks = byName(table.checks(), CheckConstraint::name, CheckConstraint::expression);
        List<ForeignKey> foreignKeys = byName(table.foreignKeys(), ForeignKey::name, f -> f.columns().toString());
        List<Exclusion> exclusions = byName(table.exclusions(), Exclusion::name, Exclusion::name);
        if (columns == table.columns() && uniques == table.uniques() && checks == table.checks()
                && foreignKeys == table.foreignKeys() && exclusions == table.exclusions()) {
            return table;
        }
        return new Table(table.name(), columns, table.primaryKey(), uniques, checks, foreignKeys, table.comment(),
                exclusions);
    }

    /** The columns in canonical form; the same list when each column is so already. */
    private static List<Column> canonicalColumns(List<Column> columns) {
        List<Column> canonical = null;
        for (int i = 0; i < columns.size(); i++) {
            Column column = canonical(columns.get(i));
            if (canonical == null && column != columns.get(i)) {
                canonical = new ArrayList<>(columns.subList(0, i));
            }
            if (canonical != null) {
                canonical.add(column);
            }
        }
        return canonical == null ? columns : canonical;
    }

    /** Sorted by name (unnamed ones first, by {@code fallback}); the same list when it is sorted already. */
    private static <T> List<T> byName(List<T> items, Function<T, String> name, Function<T, String> fallback) {
        Comparator<T> order = Comparator.comparing((T item) -> name.apply(item) == null ? "" : name.apply(item))
                .thenComparing(fallback);
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) {
                return items.stream().sorted(order).toList();
            }
        }
        return items;
    }

    /** The column in canonical form; the column itself when it is so already. */
    private static Column canonical(Column column) {
        SqlType type = SqlTypes.canonical(column.type());
        ColumnDefault defaultValue = canonical(column.defaultValue());
        String generated = column.generated() == null ? null : collapsedWhitespace(column.generated());
        if (type.sql().equals(column.type().sql()) && Objects.equals(defaultValue, column.defaultValue())
                && Objects.equals(generated, column.generated())) {
            return column;
        }
        return new Column(column.name(), type, column.nullable(), defaultValue, column.identity(), column.comment(),
                generated);
    }

    /**
     * Literal defaults by JSON-friendly kind; expressions with one spelling of each form. An expression
     * that is only a literal ({@code 'x'::text}, {@code 42}, {@code '-1'::integer}, {@code false}: how
     * PostgreSQL prints a literal default) is that literal, and {@code NULL} is no default at all.
     */
    static ColumnDefault canonical(ColumnDefault value) {
        if (value instanceof ColumnDefault.Expression e) {
            String sql = collapsedWhitespace(e.sql());
            if (NULL_LITERAL.matcher(sql).matches()) {
                return null;
            }
            ColumnDefault literal = literal(sql);
            if (literal != null) {
                return canonical(literal);
            }
            return ColumnDefault.expression(sql.toLowerCase(Locale.ROOT).equals("current_timestamp") ? "now()" : sql);
        }
        if (value instanceof ColumnDefault.Value v) {
            Object raw = v.value();
            if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
                return ColumnDefault.value(((Number) raw).longValue());
            }
            if (raw instanceof BigInteger b) {
                return canonical(ColumnDefault.value(new BigDecimal(b)));
            }
            if (raw instanceof Double || raw instanceof Float) {
                return canonical(ColumnDefault.value(new BigDecimal(raw.toString())));
            }
            if (raw instanceof BigDecimal d) {
                // 0, 0.0 and 0E+1 are one value; a whole number reads back from JSON as a Long
                BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
                if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < 64) {
                    return ColumnDefault.value(stripped.longValueExact());
                }
                return ColumnDefault.value(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
            }
            if (!(raw instanceof String || raw instanceof Long || raw instanceof BigDecimal || raw instanceof Boolean)) {
                return ColumnDefault.value(raw.toString());
            }
        }
        return value;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** {@code sql} stripped, each run of whitespace one space; the string itself when it is so already (mostly). */
    private static String collapsedWhitespace(String sql) {
        int last = sql.length() - 1;
        boolean collapsed = last < 0 || !Character.isWhitespace(sql.charAt(0)) && !Character.isWhitespace(sql.charAt(last));
        for (int i = 0; collapsed && i <= last; i++) {
            char c = sql.charAt(i);
            collapsed = c != ' ' ? c > '\r' || c < '\t' : sql.charAt(i + 1) != ' ';
        }
        return collapsed ? sql : WHITESPACE.matcher(sql.strip()).replaceAll(" ");
    }

    private static final Pattern NULL_LITERAL = Pattern.compile("(?i)null(::[A-Za-z0-9_ ,()\\[\\].$\"]+)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d*)?");
    /** A string literal with an optional cast to a type (the characters a type name may have, no operators). */
    private static final Pattern TYPED_STRING = Pattern.compile("'((?:[^']|'')*)'(?:::([A-Za-z0-9_ ,()\\[\\].$\"]+))?");

    /** The literal value {@code sql} spells, or null when it is more than a literal. */
    private static ColumnDefault literal(String sql) {
        if (sql.equals("true") || sql.equals("false")) {
            return ColumnDefault.value(Boolean.valueOf(sql));
        }
        Matcher number = NUMBER.matcher(sql);
        if (number.matches()) {
            return ColumnDefault.value(new BigDecimal(sql));
        }
        Matcher string = TYPED_STRING.matcher(sql);
        if (!string.matches()) {
            return null;
        }
        String text = string.group(1).replace("''", "'");
        String type = string.group(2) == null ? "text" : SqlTypes.canonical(SqlType.of(string.group(2))).sql();
        if (type.matches("(smallint|integer|bigint|real|double precision|numeric)(\\(.*\\))?")
                && NUMBER.matcher(text).matches()) {
            return ColumnDefault.value(new BigDecimal(text));
        }
        if (type.equals("boolean") && (text.equals("true") || text.equals("false"))) {
            return ColumnDefault.value(Boolean.valueOf(text));
        }
        return ColumnDefault.value(text);
    }

    /** Items of {@code list} without those matching {@code remove}. */
    static <T> List<T> without(List<T> list, Predicate<T> remove) {
        List<T> kept = new ArrayList<>(list.size());
        for (T item : list) {
            if (!remove.test(item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** {@code list} with {@code item} appended. */
    static <T> List<T> with(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
