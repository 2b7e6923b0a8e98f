package io.omninode.migrations.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@PostgresTest
class BridgeDemoTest {

    @Test
    void demoTakesTheBridgeSchemaUpDownAndUpAgainThenPrintsOfflineSql(TestDatabase database) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new BridgeDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(database.dataSource());

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("INFO  [omninode] Running upgrade  -> 1975ea83b712, create node registrations")
                .contains("7 migration(s) in ")
                .contains("3c8e1f2a5b60, 4d9a2b3c6e71 -> 5e0b3c4d7f82 (mergepoint), merge hook events and workflow steps")
                .contains("2b7f0c3d9e41 -> 3c8e1f2a5b60 (events), create hook events")
                .contains("INFO  [omninode] Running downgrade 7a2d5e6f9b04 -> 6f1c4d5e8a93, add node region")
                .contains("1 migration(s) in ")
                .contains("CREATE TABLE workflow_executions (")
                .contains("UPDATE alembic_version SET version_num = '2b7f0c3d9e41' WHERE version_num = '1975ea83b712'");
        assertThat(output.indexOf("$ omninode-migrate downgrade -1"))
                .isBetween(output.indexOf("$ omninode-migrate history"), output.lastIndexOf("$ omninode-migrate upgrade head"));
    }
}
