package io.omninode.migrations.internal.engine;

import java.sql.SQLException;

/** A statement failed on the server; carries the statement and keeps the SQLSTATE. */
final class StatementFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sql;

    public StatementFailedException(String sql, SQLException cause) {
        super("statement failed (SQLSTATE " + cause.getSQLState() + "): " + cause.getMessage() + "\n  SQL: " + sql,
                cause);
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
