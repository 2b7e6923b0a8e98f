package io.omninode.migrations;

import java.util.List;

/**
 * A migration threw or one of its statements failed. Its transaction was rolled back (so its
 * schema changes, data changes and version update are gone), nothing after it ran, and the failed
 * attempt is in the audit log. For a {@code transactional = false} migration, the statements that
 * succeeded before the failure stay; the version table still shows the revision before it.
 *
 * <pre>{@code
 * catch (MigrationFailedException e) {
 *     System.err.println(e.revision() + " failed: " + e.serverMessage() + " (SQLSTATE " + e.sqlState() + ")");
 *     System.err.println("  SQL: " + e.sql());
 * }
 * }</pre>
 */
public final class MigrationFailedException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String migrationMessage;
    private final Direction direction;
    private final String sql;
    private final String sqlState;
    private final String serverMessage;
    private final String source;
    private final List<AppliedStep> completed;

    /**
     * @param revision the revision that failed
     * @param migrationMessage its message
     * @param direction upgrade or downgrade
     * @param sql the failing statement, or {@code null} when the migration's own code failed
     * @param sqlState the SQLSTATE, or {@code null}
     * @param serverMessage what the server (or the migration's code) said
     * @param source the migration's source line where it failed ({@code V2AddAccount.java:17}), or {@code null}
     * @param completed the steps committed before the failure (none when the command runs in one transaction)
     * @param cause the original failure
     */
    public MigrationFailedException(String revision, String migrationMessage, Direction direction, String sql,
            String sqlState, String serverMessage, String source, List<AppliedStep> completed, Throwable cause) {
        super(direction.word() + " of revision " + revision + " (" + migrationMessage + ")"
                + (source == null ? "" : " at " + source) + " failed"
                + (sqlState == null ? "" : " with SQLSTATE " + sqlState) + ": " + what(sql, serverMessage, cause)
                + (sql == null ? "" : "\n  SQL: " + sql), cause);
        this.revision = revision;
        this.migrationMessage = migrationMessage;
        this.direction = direction;
        this.sql = sql;
        this.sqlState = sqlState;
        this.serverMessage = serverMessage;
        this.source = source;
        this.completed = List.copyOf(completed);
    }

    /**
     * What stayed of the command, as the CLI and the Maven plugin say it: {@code no step of this command stayed
     * applied}, or {@code 2 earlier step(s) of this command stayed applied} with one transaction per migration.
     */
    public String outcome() {
        return completed.isEmpty() ? "no step of this command stayed applied"
                : completed.size() + " earlier step(s) of this command stayed applied";
    }

    /** The migration's own code failed (not a statement): its exception class says as much as its message. */
    private static String what(String sql, String serverMessage, Throwable cause) {
        if (sql != null || cause == null || cause instanceof java.sql.SQLException
                || cause.getClass().getName().equals(serverMessage)) {
            return serverMessage;
        }
        return cause.getClass().getName() + ": " + serverMessage;
    }

    public String revision() {
        return revision;
    }

    /** The failed revision's own message (its description). */
    public String migrationMessage() {
        return migrationMessage;
    }

    public Direction direction() {
        return direction;
    }

    /** The failing SQL statement, or {@code null} when the migration's Java code failed. */
    public String sql() {
        return sql;
    }

    public String sqlState() {
        return sqlState;
    }

    public String serverMessage() {
        return serverMessage;
    }

    /** Where in the migration's source it failed, such as {@code V2AddAccount.java:17}, or {@code null}. */
    public String source() {
        return source;
    }

    /** Steps committed before the failure; they stay applied. */
    public List<AppliedStep> completed() {
        return completed;
    }
}
