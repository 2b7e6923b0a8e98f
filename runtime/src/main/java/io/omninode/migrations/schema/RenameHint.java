package io.omninode.migrations.schema;

import java.util.Objects;

/**
 * A declared rename, from an entity's {@code renamedFrom}: the diff turns "{@code from} is gone,
 * the named object is new" into a rename instead of a drop and a create. Never guessed.
 *
 * @param table the table (under its new name)
 * @param column the renamed column's new name, or null when the table itself was renamed
 * @param from the former name (of the column, or of the table in the same schema)
 */
public record RenameHint(QualifiedName table, String column, String from) {

    public RenameHint {
        Objects.requireNonNull(table, "table");
        SqlFragments.checkOptionalName("column name", column);
        SqlFragments.checkName("former name", from);
    }

    /** A table renamed from {@code from}. */
    public static RenameHint ofTable(QualifiedName table, String from) {
        return new RenameHint(table, null, from);
    }

    /** A column of {@code table} renamed from {@code from}. */
    public static RenameHint ofColumn(QualifiedName table, String column, String from) {
        return new RenameHint(table, column, from);
    }

    /** Whether this hint renames a table rather than a column. */
    public boolean isTable() {
        return column == null;
    }
}
