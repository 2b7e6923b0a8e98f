package io.omninode.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. Build it from the referencing columns:
 *
 * <pre>{@code
 * ForeignKey.of("node_id").references("node", "id").onDelete(ReferentialAction.CASCADE).named("fk_event_node")
 * ForeignKey.of("tenant_id", "node_id").references(QualifiedName.of("core", "node"), "tenant_id", "id")
 * }</pre>
 *
 * @param name the constraint name, or null to let PostgreSQL name it
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, or empty for its primary key
 * @param onDelete the action on delete of a referenced row
 * @param onUpdate the action on update of a referenced key
 * @param deferrability when the constraint is checked
 * @param fullMatch {@code MATCH FULL} (a multi-column key is all null or all set) rather than the default
 *     {@code MATCH SIMPLE}
 * @param valid false for a key added {@code NOT VALID} and not validated yet: existing rows are unchecked
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
        List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
        Deferrability deferrability, boolean fullMatch, boolean valid) {

    public ForeignKey {
        SqlFragments.checkOptionalName("foreign key name", name);
        columns = SqlFragments.checkNames("foreign key columns", columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = referencedColumns.isEmpty()
                ? List.of()
                : SqlFragments.checkNames("referenced columns", referencedColumns);
        if (!referencedColumns.isEmpty() && referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " has " + columns.size()
                    + " columns but references " + referencedColumns.size() + ": " + referencedColumns);
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A valid {@code MATCH SIMPLE} key. */
    public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate, Deferrability deferrability) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability, false, true);
    }

    /** Starts a foreign key from its referencing columns; finish with {@link Columns#references}. */
    public static Columns of(String... columns) {
        return new Columns(List.of(columns));
    }

    /**
     * The referencing half of a foreign key, waiting for its target.
     *
     * @param columns the referencing columns
     */
    public record Columns(List<String> columns) {
        public Columns {
            columns = SqlFragments.checkNames("foreign key columns", columns);
        }

        /** References {@code table(columns)}, or its primary key when no columns are given. */
        public ForeignKey references(String table, String... referencedColumns) {
            return references(QualifiedName.of(table), referencedColumns);
        }

        /** References a schema-qualified table. */
        public ForeignKey references(QualifiedName table, String... referencedColumns) {
            return new ForeignKey(null, columns, table, List.of(referencedColumns), ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE);
        }
    }

    /** The same key with a constraint name, e.g. {@code named("fk_event_node")}. */
    public ForeignKey named(String constraintName) {
        return new ForeignKey(constraintName, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                deferrability, fullMatch, valid);
    }

    /** The same key from other referencing columns (after a column rename). */
    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate,
                deferrability, fullMatch, valid);
    }

    /** The same key referencing another table (after a table rename). */
    public ForeignKey withReferencedTable(QualifiedName table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate,
                deferrability, fullMatch, valid);
    }

    /** The same key referencing other columns (after a column rename). */
    public ForeignKey withReferencedColumns(List<String> newReferencedColumns) {
        return new ForeignKey(name, columns, referencedTable, newReferencedColumns, onDelete, onUpdate,
                deferrability, fullMatch, valid);
    }

    /** What deleting a referenced row does, e.g. {@code onDelete(ReferentialAction.CASCADE)}. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate,
                deferrability, fullMatch, valid);
    }

    /** What changing a referenced key does, e.g. {@code onUpdate(ReferentialAction.CASCADE)}. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action,
                deferrability, fullMatch, valid);
    }

    /** {@code DEFERRABLE INITIALLY IMMEDIATE} or {@code INITIALLY DEFERRED}. */
    public ForeignKey deferrable(boolean initiallyDeferred) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                Deferrability.deferrable(initiallyDeferred), fullMatch, valid);
    }

    /** {@code MATCH FULL}: a multi-column key is either all null or all set. */
    public ForeignKey matchFull() {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability,
                true, valid);
    }

    /** The same key added {@code NOT VALID} (false) or validated (true). */
    public ForeignKey valid(boolean isValid) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrability,
                fullMatch, isValid);
    }
}
