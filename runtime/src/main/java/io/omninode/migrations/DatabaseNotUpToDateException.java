package io.omninode.migrations;

import java.util.List;

/**
 * The database is not at the head revision(s), so comparing it with the expected schema (check,
 * autogenerate against the database, validate on start) would report the pending migrations as
 * differences. Alembic's message, then which revisions and the command that fixes it.
 *
 * <pre>{@code
 * catch (DatabaseNotUpToDateException e) {
 *     log.error("database at " + e.current() + ", migrations end at " + e.heads());
 * }
 * }</pre>
 */
public final class DatabaseNotUpToDateException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    /** Alembic's wording, which scripts written for {@code alembic check} look for. */
    public static final String ALEMBIC_MESSAGE = "Target database is not up to date.";

    private final List<String> current;
    private final List<String> heads;

    public DatabaseNotUpToDateException(List<String> current, List<String> heads) {
        super(ALEMBIC_MESSAGE + " It is at " + (current.isEmpty() ? "base" : String.join(", ", current))
                + ", the migrations' head is " + String.join(", ", heads)
                + "; run omninode-migrate upgrade heads (Migrator.upgrade(\"heads\")) first", null);
        this.current = List.copyOf(current);
        this.heads = List.copyOf(heads);
    }

    /** The database's version rows; empty at base. */
    public List<String> current() {
        return current;
    }

    /** The heads of the loaded migrations. */
    public List<String> heads() {
        return heads;
    }
}
