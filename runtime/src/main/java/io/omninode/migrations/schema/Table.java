package io.omninode.migrations.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table with its columns and table constraints (indexes are separate {@link Index} values):
 *
 * <pre>{@code
 * Table.named("event")
 *     .column(Column.of("id", "bigint").identity(Identity.always()))
 *     .column(Column.of("node_id", "uuid").notNull())
 *     .column("payload", "jsonb")
 *     .primaryKey("id")
 *     .foreignKey(ForeignKey.of("node_id").references("node", "id").onDelete(ReferentialAction.CASCADE))
 *     .check(CheckConstraint.of("ck_event_payload", "jsonb_typeof(payload) = 'object'"))
 *     .comment("what happened to a node")
 * }</pre>
 *
 * @param name the table name
 * @param columns the columns, in order
 * @param primaryKey the primary key, or null
 * @param uniques unique constraints
 * @param checks check constraints
 * @param foreignKeys foreign keys
 * @param comment the table comment, or null
 * @param exclusions exclusion constraints
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<Unique> uniques,
        List<CheckConstraint> checks, List<ForeignKey> foreignKeys, String comment, List<Exclusion> exclusions) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        exclusions = List.copyOf(exclusions);
        SqlFragments.checkText("table comment", comment);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named \"" + column.name() + "\"");
            }
        }
        if (primaryKey != null) {
            requireColumns(name, names, primaryKey.columns());
        }
        for (Unique unique : uniques) {
            requireColumns(name, names, unique.columns());
        }
        for (ForeignKey foreignKey : foreignKeys) {
            requireColumns(name, names, foreignKey.columns());
        }
    }

    private static void requireColumns(QualifiedName table, Set<String> names, List<String> columns) {
        for (String column : columns) {
            if (!names.contains(column)) {
                throw new IllegalArgumentException("a constraint of table " + table + " names column \"" + column
                        + "\", which the table does not have");
            }
        }
    }

    /** A table without exclusion constraints. */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<Unique> uniques,
            List<CheckConstraint> checks, List<ForeignKey> foreignKeys, String comment) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, comment, List.of());
    }

    /** An empty table to add columns and constraints to. */
    public static Table named(String name) {
        return named(null, name);
    }

    /** An empty table in a schema. */
    public static Table named(String schema, String name) {
        return new Table(QualifiedName.of(schema, name), List.of(), null, List.of(), List.of(), List.of(), null, List.of());
    }

    /** Adds a column. */
    public Table column(Column column) {
        return new Table(name, append(columns, column), primaryKey, uniques, checks, foreignKeys, comment, exclusions);
    }

    /** Adds a nullable column: {@code column("payload", "jsonb")}. */
    public Table column(String columnName, String type) {
        return column(Column.of(columnName, type));
    }

    /** Sets the primary key to these columns. */
    public Table primaryKey(String... keyColumns) {
        return primaryKey(PrimaryKey.of(keyColumns));
    }

    /** Sets the primary key. */
    public Table primaryKey(PrimaryKey key) {
        return new Table(name, columns, key, uniques, checks, foreignKeys, comment, exclusions);
    }

    /** Adds a unique constraint. */
    public Table unique(Unique unique) {
        return new Table(name, columns, primaryKey, append(uniques, unique), checks, foreignKeys, comment, exclusions);
    }

    /** Adds a check constraint. */
    public Table check(CheckConstraint check) {
        return new Table(name, columns, primaryKey, uniques, append(checks, check), foreignKeys, comment, exclusions);
    }

    /** Adds a foreign key. */
    public Table foreignKey(ForeignKey foreignKey) {
        return new Table(name, columns, primaryKey, uniques, checks, append(foreignKeys, foreignKey), comment, exclusions);
    }

    /** Sets the table comment. */
    public Table comment(String text) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, text, exclusions);
    }

    /** The same table under another (possibly qualified) name. */
    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniques, checks, foreignKeys, comment, exclusions);
    }

    /** The same table with these columns, in this order. */
    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, checks, foreignKeys, comment, exclusions);
    }

    /** The same table with these unique constraints. */
    public Table withUniques(List<Unique> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, checks, foreignKeys, comment, exclusions);
    }

    /** The same table with these check constraints. */
    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniques, newChecks, foreignKeys, comment, exclusions);
    }

    /** The same table with these foreign keys. */
    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniques, checks, newForeignKeys, comment, exclusions);
    }

    /** Adds an exclusion constraint. */
    public Table exclusion(Exclusion exclusion) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, comment, append(exclusions, exclusion));
    }

    /** The same table with these exclusion constraints. */
    public Table withExclusions(List<Exclusion> newExclusions) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, comment, newExclusions);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
