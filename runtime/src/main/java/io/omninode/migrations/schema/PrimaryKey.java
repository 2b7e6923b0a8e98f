package io.omninode.migrations.schema;

import java.util.List;

/**
 * A primary key: {@code PrimaryKey.of("id")}, {@code PrimaryKey.of("tenant_id", "id").named("pk_node")}.
 *
 * @param name the constraint name, or null to let PostgreSQL name it ({@code <table>_pkey})
 * @param columns the key's columns, in order
 */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        SqlFragments.checkOptionalName("primary key name", name);
        columns = SqlFragments.checkNames("primary key columns", columns);
    }

    /** A key on these columns, named by PostgreSQL: {@code PrimaryKey.of("id")}. */
    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }

    /** The same key with a constraint name. */
    public PrimaryKey named(String constraintName) {
        return new PrimaryKey(constraintName, columns);
    }
}
