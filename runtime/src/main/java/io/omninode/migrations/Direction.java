package io.omninode.migrations;

/**
 * Which way a command moved the database, as recorded in results and in the audit log.
 *
 * <pre>{@code
 * if (result.direction() == Direction.DOWNGRADE) { ... }
 * }</pre>
 */
public enum Direction {
    UPGRADE,
    DOWNGRADE,
    /** The version table was rewritten without running migrations. */
    STAMP;

    /** The lower-case word used in the audit log and in messages. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
