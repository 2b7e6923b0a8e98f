package io.omninode.migrations;

import java.sql.SQLException;

/**
 * The database could not be reached or refused the login, or refused a statement of the engine's
 * own (the version table, the audit log). The message names host, port, database and user, never
 * the password, and the SQLSTATE is kept.
 *
 * <pre>{@code
 * catch (ConnectionException e) {
 *     System.err.println(e.getMessage() + " (SQLSTATE " + e.sqlState() + ")");
 * }
 * }</pre>
 */
public final class ConnectionException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public ConnectionException(String message, SQLException cause) {
        super(message, cause);
        this.sqlState = cause == null ? null : cause.getSQLState();
    }

    /** The SQLSTATE reported by the driver or server, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }
}
