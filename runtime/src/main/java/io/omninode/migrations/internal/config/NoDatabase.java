package io.omninode.migrations.internal.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The DataSource behind {@code FluentConfiguration.offline()}, for commands that work without a database
 * ({@code heads}, {@code revision}, {@code --sql}...): the runtime then resolves no connection settings, so
 * it neither warns about a default password nor needs one. Connecting is a bug, reported as such.
 */
public final class NoDatabase implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("this command works without a database and must not connect");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
