package io.omninode.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omninode.migrations.config.MigratorSettings;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PostgresTest
class ConnectionSettingsTest {

    @Test
    void refusedConnectionIsOneSentenceNamingHostPortDatabaseAndUserButNotThePassword() {
        Migrator migrator = Migrator.configure().environment(Map.of())
                .url("postgresql+psycopg2://node:s3cretpw@127.0.0.1:1/omninode_bridge")
                .migrations(TestMigration.chain("a1")).load();

        ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> migrator.upgrade("head"));

        assertThat(error.getMessage()).isEqualTo("cannot connect to postgresql://node@127.0.0.1:1/omninode_bridge"
                + " (password masked): nothing listens on 127.0.0.1:1 (connection refused) (SQLSTATE 08001)");
        assertThat(error.sqlState()).isEqualTo("08001");
    }

    /** Issue 10: the driver's own words were only "The connection attempt failed." */
    @Test
    void anUnknownHostIsNamed() {
        Migrator migrator = Migrator.configure().environment(Map.of())
                .url("postgresql://app:s3cretpw@db.invalid:5432/bridge")
                .migrations(TestMigration.chain("a1")).load();

        ConnectionException error = catchThrowableOfType(ConnectionException.class, migrator::current);

        assertThat(error.getMessage()).isEqualTo("cannot connect to postgresql://app@db.invalid:5432/bridge"
                + " (password masked): unknown host db.invalid (SQLSTATE 08001)");
    }

    @Test
    void malformedUrlFromTheEnvironmentIsAConfigurationError() {
        ConfigurationException error = catchThrowableOfType(ConfigurationException.class, () -> Migrator.configure()
                .environment(Map.of("DATABASE_URL", "postgresql://node:s3cretpw@db:port/bridge")).load());
        assertThat(error.getMessage()).doesNotContain("s3cretpw").contains("node:***@db");
    }

    @Test
    void databaseUrlFromTheEnvironmentIsUsedWhenNothingIsExplicit(TestDatabase database) {
        URI jdbc = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        String user = jdbc.getQuery().replaceAll(".*user=([^&]*).*", "$1");
        String url = "postgres://" + user + "@" + jdbc.getHost() + ":" + jdbc.getPort() + jdbc.getPath();
        Migrator migrator = Migrator.configure()
                .environment(Map.of("OMNINODE_BRIDGE_DATABASE_URL", url, "POSTGRES_HOST", "nowhere.invalid"))
                .password(jdbc.getQuery().contains("password=") ? jdbc.getQuery().replaceAll(".*password=([^&]*).*", "$1")
                        : null)
                .migrations(TestMigration.chain("a1")).load();
        assertThat(migrator.upgrade("head").headsAfter()).containsExactly("a1");
        assertThat(migrator.current().revisions()).isEqualTo(List.of("a1"));
    }

    @Test
    void settingsNeverShowThePassword() {
        MigratorSettings settings = Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "s3cretpw")).settings();
        assertThat(settings.toString()).doesNotContain("s3cretpw").contains("localhost:5436");
        assertThat(settings.database().password()).isEqualTo("s3cretpw");
    }

    @Test
    void theBuiltInDefaultPasswordIsWarnedAboutWithoutShowingIt() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(
                io.omninode.migrations.config.FluentConfiguration.class.getName());
        List<java.util.logging.LogRecord> records = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            Migrator.configure().environment(Map.of()).settings();
            Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "s3cretpw")).settings();
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            String message = java.text.MessageFormat.format(record.getMessage(), record.getParameters());
            assertThat(message).isEqualTo("connecting to localhost:5436, database omninode_bridge, user postgres with"
                    + " the built-in default password; set POSTGRES_PASSWORD or a database URL");
        });
    }

    @Test
    void versionTableInAMissingSchemaIsAConnectionErrorWithTheSqlState(TestDatabase database) {
        Migrator migrator = Migrator.configure().dataSource(database.dataSource()).versionTableSchema("no_such_schema")
                .migrations(TestMigration.chain("a1")).load();
        ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> migrator.upgrade("head"));
        assertThat(error.sqlState()).isEqualTo("3F000");
        assertThat(error.getMessage()).startsWith("creating the version table no_such_schema.alembic_version or its"
                + " audit log failed (SQLSTATE 3F000)");
    }

    @Test
    void serverRefusingTheLoginIsNamedWithItsSqlStateAndWithoutThePassword(TestDatabase database) {
        URI jdbc = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        String user = jdbc.getQuery().replaceAll(".*user=([^&]*).*", "$1");
        Migrator migrator = Migrator.configure().environment(Map.of())
                .url("postgresql://" + user + ":s3cretpw@" + jdbc.getHost() + ":" + jdbc.getPort() + "/no_such_db")
                .migrations(TestMigration.chain("a1")).load();
        ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> migrator.current());
        assertThat(error.sqlState()).isIn("3D000", "28P01");
        assertThat(error.getMessage()).startsWith("cannot connect to postgresql://" + user + "@" + jdbc.getHost() + ":"
                + jdbc.getPort() + "/no_such_db (password masked): ")
                .doesNotContain("s3cretpw").doesNotContain("FATAL");
    }
}
