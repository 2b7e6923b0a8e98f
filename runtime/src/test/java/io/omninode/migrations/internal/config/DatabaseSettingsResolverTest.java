package io.omninode.migrations.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.config.DatabaseSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsResolverTest {

    private static DatabaseSettings resolve(Map<String, String> env) {
        return DatabaseSettingsResolver.resolve(env, Map.of(), null, null, null);
    }

    @Test
    void withoutAnyVariableTheSeedDefaultsApply() {
        DatabaseSettings db = resolve(Map.of());
        assertThat(db).isEqualTo(new DatabaseSettings("localhost", 5436, "omninode_bridge", "postgres", "your_password",
                Map.of()));
        assertThat(db.usesDefaultPassword()).isTrue();
    }

    @Test
    void bridgeUrlWinsOverDatabaseUrlAndPostgresVariables() {
        DatabaseSettings db = resolve(Map.of(
                "OMNINODE_BRIDGE_DATABASE_URL", "postgresql://bridge:pw@bridge-db:5000/bridge",
                "DATABASE_URL", "postgresql://other:pw@other-db:5001/other",
                "POSTGRES_HOST", "pg-host"));
        assertThat(db.host()).isEqualTo("bridge-db");
        assertThat(db.user()).isEqualTo("bridge");
    }

    @Test
    void databaseUrlWinsOverPostgresVariables() {
        DatabaseSettings db = resolve(Map.of(
                "DATABASE_URL", "postgresql://other:pw@other-db:5001/other",
                "POSTGRES_HOST", "pg-host"));
        assertThat(db.host()).isEqualTo("other-db");
        assertThat(db.port()).isEqualTo(5001);
    }

    @Test
    void blankUrlVariablesAreIgnored() {
        assertThat(resolve(Map.of("OMNINODE_BRIDGE_DATABASE_URL", " ", "POSTGRES_HOST", "pg")).host()).isEqualTo("pg");
    }

    @Test
    void postgresVariablesFillEachField() {
        DatabaseSettings db = resolve(Map.of("POSTGRES_HOST", "pg", "POSTGRES_PORT", "6543", "POSTGRES_USER", "app",
                "POSTGRES_PASSWORD", "pw", "POSTGRES_DATABASE", "appdb"));
        assertThat(db).isEqualTo(new DatabaseSettings("pg", 6543, "appdb", "app", "pw", Map.of()));
        assertThat(db.usesDefaultPassword()).isFalse();
    }

    @Test
    void environmentWinsOverTheFileAndExplicitSettingsWinOverBoth() {
        Map<String, String> file = Map.of("host", "file-host", "user", "file-user", "port", "7000");
        DatabaseSettings fromEnv = DatabaseSettingsResolver.resolve(Map.of("POSTGRES_HOST", "env-host"), file, null,
                null, null);
        assertThat(fromEnv.host()).isEqualTo("env-host");
        assertThat(fromEnv.user()).isEqualTo("file-user");
        assertThat(fromEnv.port()).isEqualTo(7000);
        DatabaseSettings explicit = DatabaseSettingsResolver.resolve(
                Map.of("DATABASE_URL", "postgresql://env:envpw@env-db/envdb"), file,
                "postgresql://api@api-db:5555/apidb", null, "apipw");
        assertThat(explicit).isEqualTo(new DatabaseSettings("api-db", 5555, "apidb", "api", "apipw", Map.of()));
    }

    @Test
    void theFilesUserAndPasswordCompleteTheFilesUrlButNotAUrlFromTheEnvironment() {
        Map<String, String> file = Map.of("url", "jdbc:postgresql://file-db:5433/filedb", "user", "file-user",
                "password", "file-pw");
        assertThat(DatabaseSettingsResolver.resolve(Map.of(), file, null, null, null))
                .isEqualTo(new DatabaseSettings("file-db", 5433, "filedb", "file-user", "file-pw", Map.of()));
        assertThat(DatabaseSettingsResolver.resolve(Map.of(), Map.of("url", "postgresql://own:ownpw@file-db/filedb",
                "user", "file-user", "password", "file-pw"), null, null, null))
                .isEqualTo(new DatabaseSettings("file-db", 5432, "filedb", "own", "ownpw", Map.of()));
        assertThat(DatabaseSettingsResolver.resolve(Map.of("DATABASE_URL", "postgresql://env-db/envdb"), file, null,
                null, null)).isEqualTo(new DatabaseSettings("env-db", 5432, "envdb", null, null, Map.of()));
    }
}
