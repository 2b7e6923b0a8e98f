package io.omninode.migrations.internal.engine;

import io.omninode.migrations.config.DatabaseSettings;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Why a connection failed, in words a user can act on. The driver says "The connection attempt
 * failed." for several network causes; the cause chain holds the one that matters.
 */
final class ConnectionFailure {

    private ConnectionFailure() {}

    /** The failure as a sentence: what was tried (password masked), why it failed, the SQLSTATE. */
    static String describe(SQLException e, DatabaseSettings database) {
        String where = database == null ? "the configured DataSource"
                : database.displayUrl() + (database.password() == null ? "" : " (password masked)");
        String reason = reason(e, database);
        return "cannot connect to " + where + ": " + (database == null ? reason : database.mask(reason))
                + " (SQLSTATE " + e.getSQLState() + ")";
    }

    private static String reason(SQLException e, DatabaseSettings database) {
        String endpoint = database == null ? "the server" : database.host() + ":" + database.port();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "unknown host " + (database == null ? cause.getMessage() : database.host());
            }
            if (cause instanceof ConnectException) {
                return "nothing listens on " + endpoint + " (connection refused)";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to " + endpoint;
            }
            if (cause instanceof SocketTimeoutException) {
                return endpoint + " did not answer in time";
            }
        }
        String server = e.getMessage() == null ? e.getClass().getName() : e.getMessage().replaceFirst("^FATAL: ", "");
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "the server refused the login: " + server;
        }
        return server;
    }
}
