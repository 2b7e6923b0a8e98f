package io.omninode.migrations.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

@PostgresTest
class BridgeDemoTest {

    @Test
    void demoTakesTheBridgeSchemaUpDownAndUpAgainThenPrintsOfflineSql(TestDatabase database) throws IOException {
        StringWriter text = new StringWriter();

        int exitCode = new BridgeDemo(new PrintWriter(text, true)).run(database.jdbcUrl());

        String output = text.toString();
        assertThat(exitCode).as(output).isZero();
        assertThat(output)
                .contains("Running upgrade  -> 1975ea83b712, create node registrations")
                .contains("Running upgrade 3c8e1f2a5b60, 4d9a2b3c6e71 -> 5e0b3c4d7f82, merge hook events and workflow steps")
                .contains("Running downgrade 7a2d5e6f9b04 -> 6f1c4d5e8a93, add node region")
                .contains("create hook events")
                .contains("CREATE TABLE workflow_executions (")
                .contains("UPDATE alembic_version SET version_num = '2b7f0c3d9e41' WHERE version_num = '1975ea83b712'");
        for (var command : BridgeDemo.TOUR) {
            assertThat(output).contains("$ omninode-migrate " + String.join(" ", command));
        }
        assertThat(output.indexOf("$ omninode-migrate downgrade -1"))
                .isBetween(output.indexOf("$ omninode-migrate history"), output.lastIndexOf("$ omninode-migrate upgrade head"));
    }
}
