package io.omninode.migrations.internal.lint;

import io.omninode.migrations.ConfigurationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Keeps lint off the configured database: lint commits each revision on its scratch database after measuring
 * it, so that database must start empty and must not be the configured one.
 */
public final class ScratchGuard {

    private static final String TABLES = """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%'""";
    /** The same server (started at the same instant, same port) and the same database. */
    private static final String IDENTITY = """
            SELECT pg_postmaster_start_time()::text || ' ' || coalesce(inet_server_port(), 0)
                   || ' ' || d.oid || ' ' || current_database()
            FROM pg_database d WHERE d.datname = current_database()""";

    private ScratchGuard() {}

    /** @throws ConfigurationException when the scratch database has tables */
    public static void requireEmpty(DataSource scratch) {
        try (Connection connection = scratch.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(TABLES)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new ConfigurationException("the scratch database " + connection.getCatalog() + " is not empty ("
                        + rs.getLong(1) + " tables and views): lint applies migrations there and throws the work"
                        + " away, so give it a new empty database (createdb), or leave --scratch-url out to use an"
                        + " embedded PostgreSQL");
            }
        } catch (SQLException e) {
            throw new ConfigurationException("cannot reach the scratch database: " + e.getMessage() + " (SQLSTATE "
                    + e.getSQLState() + ")", e);
        }
    }

    /** @throws ConfigurationException when the scratch database is the configured one */
    public static void requireOther(DataSource scratch, Connection target) {
        try (Connection connection = scratch.getConnection()) {
            if (identity(connection).equals(identity(target))) {
                throw new ConfigurationException("the scratch database is the configured database " + target.getCatalog()
                        + ": lint never runs migrations there; give --scratch-url another, empty database");
            }
        } catch (SQLException e) {
            throw new ConfigurationException("cannot compare the scratch database with the configured one: "
                    + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    private static String identity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(IDENTITY)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
