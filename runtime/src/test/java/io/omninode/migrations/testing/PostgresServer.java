package io.omninode.migrations.testing;

import io.omninode.migrations.config.PasswordMask;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The PostgreSQL server of one test JVM: the one named by {@code OMNINODE_TEST_DATABASE_URL},
 * or an embedded PostgreSQL 17 stopped (and its data directory deleted) when the run ends.
 */
final class PostgresServer implements AutoCloseable {

    static final String URL_VARIABLE = "OMNINODE_TEST_DATABASE_URL";

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(.*)");

    private final EmbeddedPostgres embedded;
    private final String adminUrl;

    private PostgresServer(EmbeddedPostgres embedded, String adminUrl) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
    }

    static PostgresServer start() {
        return start(System.getenv(URL_VARIABLE));
    }

    /** @param configured the value of {@code OMNINODE_TEST_DATABASE_URL}, or null to start the embedded server */
    static PostgresServer start(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (!JDBC_URL.matcher(configured).matches()) {
                throw new ExtensionConfigurationException(URL_VARIABLE + " must look like"
                        + " jdbc:postgresql://host:port/database?user=...&password=..., got " + masked(configured));
            }
            return new PostgresServer(null, configured);
        }
        try {
            // Thrown away at the end, so never synced: without it CREATE DATABASE costs a checkpoint with
            // fsync on PostgreSQL 13 and 14 (postgres-compat-it), seconds on a busy disk.
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
            return new PostgresServer(embedded, embedded.getJdbcUrl("postgres", "postgres"));
        } catch (IOException | RuntimeException e) {
            throw new ExtensionConfigurationException("Could not start the embedded PostgreSQL 17 for the tests ("
                    + e.getMessage() + "). Point the tests at a server of your own instead: set " + URL_VARIABLE
                    + "=jdbc:postgresql://localhost:5432/postgres?user=postgres&password=... (a user allowed to"
                    + " create databases).", e);
        }
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates an empty database named after the test class. */
    TestDatabase createDatabase(String testName) {
        String name = ("t_" + testName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        name = name.substring(0, Math.min(name.length(), 40)) + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("create database \"" + name + "\"");
        Matcher url = JDBC_URL.matcher(adminUrl);
        if (!url.matches()) {
            throw new IllegalStateException("unexpected admin URL " + masked(adminUrl));
        }
        return new TestDatabase(name, url.group(1) + name + url.group(3), isEmbedded());
    }

    void dropDatabase(TestDatabase database) {
        execute("drop database if exists \"" + database.name() + "\" with (force)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ExtensionConfigurationException("PostgreSQL test server at " + masked(adminUrl)
                    + " refused \"" + sql + "\": " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static String masked(String url) {
        return PasswordMask.maskedUrl(url);
    }
}
