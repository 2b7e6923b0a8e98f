package io.omninode.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.MigratorSettings;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingSourcesTest {

    private static final Map<String, String> POM = Map.of("url", "jdbc:postgresql://pom-db:5433/pomdb",
            "user", "pom_user", "password", "pom-secret", "version_table", "pom_version");

    private static MigratorSettings resolve(Map<String, String> commandLine, Map<String, String> environment) {
        return new SettingSources(POM, commandLine, environment).configure().migrations(List.of()).settings();
    }

    @Test
    void thePomsUrlLogsInWithThePomsUserAndPasswordWhenNothingAboveItIsSet() {
        assertThat(resolve(Map.of(), Map.of()).database())
                .isEqualTo(new DatabaseSettings("pom-db", 5433, "pomdb", "pom_user", "pom-secret", Map.of()));
    }

    @Test
    void theEnvironmentWinsOverThePomAsOverTheClisConfigurationFile() {
        DatabaseSettings database = resolve(Map.of(), Map.of("DATABASE_URL", "postgresql://env:env-pw@env-db/envdb",
                "OMNINODE_BRIDGE_DATABASE_URL", "postgresql://bridge:bridge-pw@bridge-db/bridgedb")).database();
        assertThat(database).isEqualTo(new DatabaseSettings("bridge-db", 5432, "bridgedb", "bridge", "bridge-pw",
                Map.of()));
    }

    @Test
    void postgresVariablesDoNotOverrideThePomsUrl() {
        // as in the CLI: a URL in the file wins over the POSTGRES_* parts
        assertThat(resolve(Map.of(), Map.of("POSTGRES_HOST", "env-host", "POSTGRES_USER", "env_user")).database()
                .host()).isEqualTo("pom-db");
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentAndThePom() {
        MigratorSettings settings = resolve(Map.of("url", "postgresql://cli-db:6000/clidb", "user", "cli_user",
                "versionTable", "cli_version", "transactionPerMigration", "true"),
                Map.of("DATABASE_URL", "postgresql://env:env-pw@env-db/envdb"));
        assertThat(settings.database()).isEqualTo(new DatabaseSettings("cli-db", 6000, "clidb", "cli_user", null,
                Map.of()));
        assertThat(settings.versionTable()).isEqualTo("cli_version");
        assertThat(settings.transactionPerMigration()).isTrue();
    }

    @Test
    void thePomsTableSettingsApplyWhenTheCommandLineSaysNothing() {
        MigratorSettings settings = resolve(Map.of(), Map.of());
        assertThat(settings.versionTable()).isEqualTo("pom_version");
        assertThat(settings.transactionPerMigration()).isFalse();
    }

    @Test
    void onlyTheOmninodeUserPropertiesCountAsTheCommandLine() {
        Properties user = new Properties();
        user.setProperty("omninode.url", " postgresql://db/x ");
        user.setProperty("omninode.versionTable", "");
        user.setProperty("flyway.url", "jdbc:postgresql://other/y");
        assertThat(SettingSources.commandLine(user)).isEqualTo(Map.of("url", "postgresql://db/x"));
    }

    @Test
    void everyPasswordOfEverySourceIsMasked() {
        SettingSources sources = new SettingSources(POM, Map.of("url", "postgresql://u:cli-secret@db/x"),
                Map.of("DATABASE_URL", "postgresql://u:env-secret@db/x", "POSTGRES_PASSWORD", "pg-secret"));
        assertThat(sources.mask().mask("pom-secret cli-secret env-secret pg-secret"))
                .isEqualTo("*** *** *** ***");
        assertThat(sources.passwordOnCommandLine()).isTrue();
        assertThat(new SettingSources(POM, Map.of(), Map.of()).passwordOnCommandLine()).isFalse();
    }
}
