package io.omninode.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * A primary key: {@code PrimaryKey.of("id")}, {@code PrimaryKey.of("tenant_id", "id").named("pk_node")},
 * {@code PrimaryKey.of("id").deferrable(true)}.
 *
 * @param name the constraint name, or null to let PostgreSQL name it ({@code <table>_pkey})
 * @param columns the key's columns, in order
 * @param deferrability when the key is checked
 */
public record PrimaryKey(String name, List<String> columns, Deferrability deferrability) {

    public PrimaryKey {
        SqlFragments.checkOptionalName("primary key name", name);
        columns = SqlFragments.checkNames("primary key columns", columns);
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A key checked at once ({@code NOT DEFERRABLE}). */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferrability.NOT_DEFERRABLE);
    }

    /** A key on these columns, named by PostgreSQL: {@code PrimaryKey.of("id")}. */
    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }

    /** The same key with a constraint name. */
    public PrimaryKey named(String constraintName) {
        return new PrimaryKey(constraintName, columns, deferrability);
    }

    /** The same key on other columns (after a column rename). */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferrability);
    }

    /** {@code DEFERRABLE INITIALLY IMMEDIATE} or {@code INITIALLY DEFERRED}. */
    public PrimaryKey deferrable(boolean initiallyDeferred) {
        return new PrimaryKey(name, columns, Deferrability.deferrable(initiallyDeferred));
    }
}
