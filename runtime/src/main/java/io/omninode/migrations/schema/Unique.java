package io.omninode.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint: {@code Unique.of("email").named("uq_account_email")},
 * {@code Unique.of("position").deferrable(true)}.
 *
 * @param name the constraint name, or null to let PostgreSQL name it
 * @param columns the columns whose combination is unique
 * @param deferrability when the constraint is checked
 */
public record Unique(String name, List<String> columns, Deferrability deferrability) {

    public Unique {
        SqlFragments.checkOptionalName("unique constraint name", name);
        columns = SqlFragments.checkNames("unique constraint columns", columns);
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A constraint checked at once ({@code NOT DEFERRABLE}). */
    public Unique(String name, List<String> columns) {
        this(name, columns, Deferrability.NOT_DEFERRABLE);
    }

    /** A constraint on these columns, named by PostgreSQL: {@code Unique.of("email")}. */
    public static Unique of(String... columns) {
        return new Unique(null, List.of(columns));
    }

    /** The same constraint with a name. */
    public Unique named(String constraintName) {
        return new Unique(constraintName, columns, deferrability);
    }

    /** The same constraint on other columns (after a column rename). */
    public Unique withColumns(List<String> newColumns) {
        return new Unique(name, newColumns, deferrability);
    }

    /** {@code DEFERRABLE INITIALLY IMMEDIATE} or {@code INITIALLY DEFERRED}. */
    public Unique deferrable(boolean initiallyDeferred) {
        return new Unique(name, columns, Deferrability.deferrable(initiallyDeferred));
    }
}
