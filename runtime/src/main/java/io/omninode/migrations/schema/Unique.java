package io.omninode.migrations.schema;

import java.util.List;

/**
 * A unique constraint: {@code Unique.of("email").named("uq_account_email")}.
 *
 * @param name the constraint name, or null to let PostgreSQL name it
 * @param columns the columns whose combination is unique
 */
public record Unique(String name, List<String> columns) {

    public Unique {
        SqlFragments.checkOptionalName("unique constraint name", name);
        columns = SqlFragments.checkNames("unique constraint columns", columns);
    }

    /** A constraint on these columns, named by PostgreSQL: {@code Unique.of("email")}. */
    public static Unique of(String... columns) {
        return new Unique(null, List.of(columns));
    }

    /** The same constraint with a name. */
    public Unique named(String constraintName) {
        return new Unique(constraintName, columns);
    }
}
