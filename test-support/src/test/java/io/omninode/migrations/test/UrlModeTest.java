package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.test.internal.DatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server the user names by URL (here the test JVM's server, reached through a database of its own):
 * the verification runs in a scratch database, which is dropped, and the database named stays untouched.
 */
class UrlModeTest {

    private static final String USER_DATABASE = "verifier_user_db";
    private static final String NO_CREATEDB_ROLE = "verifier_no_createdb";

    @TempDir
    Path schemaDir;

    private static DatabaseSettings admin;

    @BeforeAll
    static void createTheUsersDatabase() throws SQLException {
        admin = DatabaseServer.resolve(null).admin();
        execute(admin, "create database " + USER_DATABASE);
        execute(admin, "create role " + NO_CREATEDB_ROLE + " login nocreatedb");
    }

    @AfterAll
    static void dropTheUsersDatabase() throws SQLException {
        execute(admin, "drop database if exists " + USER_DATABASE + " with (force)");
        execute(admin, "drop role if exists " + NO_CREATEDB_ROLE);
    }

    @Test
    void urlNamesTheServerAndTheScratchDatabaseIsDroppedLeavingTheNamedOneUntouched() throws SQLException {
        String url = url(admin.user(), admin.password());
        List<String> databasesSeen = new ArrayList<>();

        Verification verification = MigrationVerifier.forMigrations(MigrationVerifierTest.cleanHistory())
                .schemaDir(schemaDir).url(url)
                .seed((connection, step) -> databasesSeen.add(single(connection, "select current_database()")))
                .verifyAll();

        assertThat(verification.server()).isEqualTo("postgresql://" + admin.user() + "@" + admin.host() + ":"
                + admin.port() + "/" + USER_DATABASE);
        assertThat(databasesSeen).hasSize(6).allMatch(name -> name.startsWith("omninode_verify_")).containsOnly(
                databasesSeen.get(0));
        try (Connection connection = connect(admin)) {
            assertThat(single(connection, "select count(*) from pg_database where datname = '"
                    + databasesSeen.get(0) + "'")).isEqualTo("0");
        }
        try (Connection connection = connect(withDatabase(admin, USER_DATABASE))) {
            assertThat(single(connection, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public'")).isEqualTo("0");
        }
    }

    @Test
    void scratchDatabaseIsDroppedAlsoWhenTheVerificationFails() throws SQLException {
        MigrationVerifier failing = MigrationVerifier.forMigrations(MigrationVerifierTest.history(
                "alter table node add column status text", "select 1")).schemaDir(schemaDir).url(url(admin.user(),
                admin.password()));

        assertThatThrownBy(failing::verifyAll).isInstanceOf(MigrationVerificationError.class);
        try (Connection connection = connect(admin)) {
            assertThat(single(connection, "select count(*) from pg_database where datname like 'omninode_verify_%'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void systemPropertyNamesTheServerWhenTheTestGivesNoUrl() {
        System.setProperty(MigrationVerifier.URL_PROPERTY, url(admin.user(), admin.password()));
        try {
            Verification verification = MigrationVerifier.forMigrations(MigrationVerifierTest.cleanHistory())
                    .schemaDir(schemaDir).verifyAll();
            assertThat(verification.server()).endsWith("/" + USER_DATABASE);
        } finally {
            System.clearProperty(MigrationVerifier.URL_PROPERTY);
        }
    }

    @Test
    void userWithoutCreatedbIsToldWhichPrivilegeIsMissing() {
        MigrationVerifier verifier = MigrationVerifier.forMigrations(MigrationVerifierTest.cleanHistory())
                .url(url(NO_CREATEDB_ROLE, null));

        assertThatThrownBy(verifier::verifyAll).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused \"CREATE DATABASE omninode_verify_")
                .hasMessageContaining("(ALTER ROLE " + NO_CREATEDB_ROLE + " CREATEDB)");
    }

    private static String url(String user, String password) {
        return "postgresql://" + user + (password == null ? "" : ":" + password) + "@" + admin.host() + ":"
                + admin.port() + "/" + USER_DATABASE;
    }

    private static DatabaseSettings withDatabase(DatabaseSettings settings, String database) {
        return new DatabaseSettings(settings.host(), settings.port(), database, settings.user(), settings.password(),
                settings.parameters());
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.connectionProperties());
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
