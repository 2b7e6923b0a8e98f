package io.omninode.migrations;

import java.util.Objects;

/**
 * {@link Migrator#validate()} found the live schema different from the expected one: a change made
 * outside migrations (a hotfix index, a dropped column) or entities changed without a migration.
 * The message lists every difference, grouped by table.
 *
 * <pre>{@code
 * catch (SchemaDriftException e) {
 *     e.check().differences().forEach(d -> log.error(d.line()));
 * }
 * }</pre>
 */
public final class SchemaDriftException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final transient SchemaCheck check;

    public SchemaDriftException(SchemaCheck check) {
        super("the database schema differs from " + String.join(" and ", check.expected()) + ":\n"
                + String.join("\n", check.lines())
                + "\nfind what changed it outside the migrations, or turn the change into a migration with"
                + " omninode-migrate revision --autogenerate -m \"<message>\"", null);
        this.check = Objects.requireNonNull(check, "check");
    }

    /** The comparison that failed. */
    public SchemaCheck check() {
        return check;
    }
}
