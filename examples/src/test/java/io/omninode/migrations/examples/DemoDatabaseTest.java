package io.omninode.migrations.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDatabaseTest {

    @Test
    void noSeedVariableMeansAnEmbeddedServer() {
        assertThat(DemoDatabase.fromEnvironment(Map.of("PATH", "/usr/bin", "DATABASE_URL", " "))).isEmpty();
    }

    @Test
    void theBridgeUrlWinsAndItsPasswordIsMasked() {
        DemoDatabase database = DemoDatabase.fromEnvironment(Map.of(
                "OMNINODE_BRIDGE_DATABASE_URL", "postgresql://node:s3cret@db:5436/omninode_bridge",
                "DATABASE_URL", "postgresql://other@elsewhere/x")).orElseThrow();

        assertThat(database.url()).isEqualTo("postgresql://node:s3cret@db:5436/omninode_bridge");
        assertThat(database.shown()).isEqualTo("\"$OMNINODE_BRIDGE_DATABASE_URL\"");
        assertThat(database.description()).isEqualTo(
                "the database that OMNINODE_BRIDGE_DATABASE_URL names, postgresql://node:***@db:5436/omninode_bridge");
    }

    @Test
    void postgresVariablesAreResolvedWithTheSeedsDefaultsAndShownMasked() {
        DemoDatabase database = DemoDatabase.fromEnvironment(Map.of(
                "POSTGRES_HOST", "db.internal", "POSTGRES_PASSWORD", "pa ss")).orElseThrow();

        assertThat(database.url()).isEqualTo("postgresql://postgres:pa%20ss@db.internal:5436/omninode_bridge");
        assertThat(database.shown()).isEqualTo("postgresql://postgres:***@db.internal:5436/omninode_bridge");
        assertThat(database.description()).doesNotContain("pa ss").contains("POSTGRES_HOST, POSTGRES_PASSWORD name");
    }
}
