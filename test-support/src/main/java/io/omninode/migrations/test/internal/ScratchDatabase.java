package io.omninode.migrations.test.internal;

import io.omninode.migrations.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database created for one verification on the server and dropped when it closes, so a
 * shared server keeps nothing of it; created from {@code template0}, so what a site added to
 * {@code template1} does not count as schema.
 */
public final class ScratchDatabase implements AutoCloseable {

    static final String PREFIX = "omninode_verify_";

    private final DatabaseServer server;
    private final DatabaseSettings settings;

    private ScratchDatabase(DatabaseServer server, DatabaseSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** @throws IllegalStateException when the server refuses, saying which privilege is missing */
    public static ScratchDatabase create(DatabaseServer server) {
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseSettings admin = server.admin();
        administer(server, "CREATE DATABASE " + name + " TEMPLATE template0");
        return new ScratchDatabase(server, new DatabaseSettings(admin.host(), admin.port(), name, admin.user(),
                admin.password(), admin.parameters()));
    }

    /** Where the migrations run; its JDBC URL carries no password. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** A new connection in autocommit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.connectionProperties());
    }

    @Override
    public void close() {
        // WITH (FORCE), PostgreSQL 13+: a connection a test callback leaked does not keep the database alive
        administer(server, "DROP DATABASE IF EXISTS " + settings.database() + " WITH (FORCE)");
    }

    private static void administer(DatabaseServer server, String sql) {
        DatabaseSettings admin = server.admin();
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.connectionProperties());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the migration verifier's server (" + server.description() + ") refused \""
                    + sql + "\": " + admin.mask(e.getMessage()) + " (SQLSTATE " + e.getSQLState() + "); the verifier"
                    + " runs each verification in a database of its own, so its user needs CREATEDB"
                    + " (ALTER ROLE " + (admin.user() == null ? "<user>" : admin.user()) + " CREATEDB)", e);
        }
    }
}
