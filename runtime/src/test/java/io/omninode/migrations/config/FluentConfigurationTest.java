package io.omninode.migrations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.ChecksumMode;
import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.Migrator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FluentConfigurationTest {

    private static FluentConfiguration configure() {
        return Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "pw"));
    }

    @Test
    void defaultsMatchAlembicsTableAndRunTheWholeCommandInOneTransaction() {
        MigratorSettings settings = configure().settings();
        assertThat(settings.versionTable()).isEqualTo("alembic_version");
        assertThat(settings.versionTableSchema()).isNull();
        assertThat(settings.auditTable()).isEqualTo("omninode_migration_log");
        assertThat(settings.auditTableSchema()).isNull();
        assertThat(settings.auditLog()).isTrue();
        assertThat(settings.transactionPerMigration()).isFalse();
        assertThat(settings.lockWaitTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.lockRetries()).isEqualTo(9);
        assertThat(settings.checksumMode()).isEqualTo(ChecksumMode.WARN);
    }

    @Test
    void configurationFileKeysApplyBelowExplicitSettings() {
        Map<String, String> file = Map.of("version_table", "versions", "version_table_schema", "meta",
                "transaction_per_migration", "true", "lock_wait_timeout", "2min", "lock_timeout", "500ms",
                "statement_timeout", "PT30S", "checksum_mode", "FAIL", "audit_table_schema", "omninode",
                "audit_log", "off");
        MigratorSettings fromFile = configure().properties(file).settings();
        assertThat(fromFile.versionTable()).isEqualTo("versions");
        assertThat(fromFile.versionTableSchema()).isEqualTo("meta");
        assertThat(fromFile.auditTableSchema()).isEqualTo("omninode");
        assertThat(fromFile.auditLog()).isFalse();
        assertThat(fromFile.transactionPerMigration()).isTrue();
        assertThat(fromFile.lockWaitTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(fromFile.lockTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(fromFile.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(fromFile.checksumMode()).isEqualTo(ChecksumMode.FAIL);

        MigratorSettings explicit = configure().properties(file).versionTable("mine").transactionPerMigration(false)
                .auditTableSchema("audit").auditLog(true).lockWaitTimeout(Duration.ofSeconds(7)).settings();
        assertThat(explicit.versionTable()).isEqualTo("mine");
        assertThat(explicit.transactionPerMigration()).isFalse();
        assertThat(explicit.auditTableSchema()).isEqualTo("audit");
        assertThat(explicit.auditLog()).isTrue();
        assertThat(explicit.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void lockTimeoutAndRetriesComeFromTheFluentApiTheEnvironmentOrTheFileAndOffTurnsThemOff() {
        Map<String, String> file = Map.of("lock_timeout", "500ms", "lock_retries", "2");
        MigratorSettings fromFile = configure().properties(file).settings();
        assertThat(fromFile.lockTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(fromFile.lockRetries()).isEqualTo(2);

        MigratorSettings fromEnvironment = configure().properties(file)
                .environment(Map.of("OMNINODE_LOCK_TIMEOUT", "1s", "OMNINODE_LOCK_RETRIES", "4")).settings();
        assertThat(fromEnvironment.lockTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(fromEnvironment.lockRetries()).isEqualTo(4);

        MigratorSettings explicit = configure().properties(file).environment(Map.of("OMNINODE_LOCK_TIMEOUT", "1s"))
                .lockTimeout(Duration.ofMillis(250)).lockRetries(0).settings();
        assertThat(explicit.lockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(explicit.lockRetries()).isZero();

        assertThat(configure().properties(Map.of("lock_timeout", "off")).settings().lockTimeout()).isNull();
        assertThat(configure().lockTimeout(Duration.ZERO).settings().lockTimeout()).isNull();
        assertThat(configure().lockTimeout("OFF").settings().lockTimeout()).isNull();
        assertThatThrownBy(() -> configure().properties(Map.of("lock_retries", "many")).settings())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("lock_retries is \"many\"; write a whole number such as 0, 3 or 9");
        assertThatThrownBy(() -> configure().environment(Map.of("OMNINODE_LOCK_TIMEOUT", "soon")).settings())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("lock_timeout is \"soon\"; write a duration such as 500ms, 3s or 1min, or off");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> configure().properties(Map.of("lock_wait_timeout", "soon")).settings())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("lock_wait_timeout is \"soon\"; write a duration such as 500ms, 30s or 2min");
        assertThatThrownBy(() -> configure().properties(Map.of("transaction_per_migration", "maybe")).settings())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("transaction_per_migration is");
        assertThatThrownBy(() -> configure().properties(Map.of("audit_log", "sometimes")).settings())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("audit_log is \"sometimes\"; write true or false");
        assertThatThrownBy(() -> configure().auditTableSchema("x".repeat(70)).settings())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("audit_table_schema: ");
        assertThatThrownBy(() -> configure().versionTable("x".repeat(70)).settings())
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("version_table: identifier");
        assertThatThrownBy(() -> configure().lockTimeout(Duration.ofSeconds(-1)).settings())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("lock_timeout must not be negative");
    }
}
