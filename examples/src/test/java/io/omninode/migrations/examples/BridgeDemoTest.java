package io.omninode.migrations.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tour on a database named by DATABASE_URL, as a user with a database of their own runs it. */
@PostgresTest
class BridgeDemoTest {

    @Test
    void tourRunsEveryCommandAndCatchesTheHotfixIndexAsDrift(TestDatabase database) throws IOException {
        Map<String, String> environment = Map.of("DATABASE_URL", database.jdbcUrl());
        StringWriter text = new StringWriter();

        int exitCode = new BridgeDemo(new PrintWriter(text, true))
                .run(environment, DemoDatabase.fromEnvironment(environment).orElseThrow());

        String output = text.toString();
        assertThat(exitCode).as(output).isZero();
        for (BridgeDemo.Step step : BridgeDemo.TOUR) {
            if (step instanceof BridgeDemo.Command command) {
                assertThat(output).contains("$ omninode-migrate " + String.join(" ", command.args())
                        .replace(BridgeDemo.DATABASE, "\"$DATABASE_URL\""));
            }
        }
        assertThat(output)
                .contains("Running upgrade  -> 1975ea83b712, create node registrations")
                .contains("Running upgrade  -> 0c49d43eeee0, create api keys")
                .contains("* 7a2d5e6f9b04, add node region")
                .contains("Running downgrade cf869f127dac -> f15ab7a15093, count steps per execution")
                .contains("ALTER TYPE node_status ADD VALUE 'maintenance' AFTER 'active';")
                .doesNotContain(database.jdbcUrl());
        // the clean check, then the hotfix caught: exit 1 and the index named
        String clean = section(output, "$ omninode-migrate check", "$ psql");
        assertThat(clean).contains("No new upgrade operations detected.").doesNotContain("(exit");
        String drift = section(output, "hook_events (source)", "$ omninode-migrate diff");
        assertThat(drift).contains("- index " + BridgeDemo.HOTFIX_INDEX).contains("(exit 1)");
        assertThat(section(output, "$ omninode-migrate diff", "drop index"))
                .contains("DROP INDEX " + BridgeDemo.HOTFIX_INDEX + ";");
    }

    @Test
    void refusesADatabaseHoldingTablesThatAreNotTheBridges(TestDatabase database) throws IOException, SQLException {
        execute(database, "create table orders (id bigint primary key)");
        Map<String, String> environment = Map.of("OMNINODE_BRIDGE_DATABASE_URL", database.jdbcUrl());
        StringWriter text = new StringWriter();
        try {
            int exitCode = new BridgeDemo(new PrintWriter(text, true))
                    .run(environment, DemoDatabase.fromEnvironment(environment).orElseThrow());

            assertThat(exitCode).isEqualTo(3);
            assertThat(text.toString()).startsWith("The database holds tables that are not the bridge's (public.orders)")
                    .doesNotContain("$ omninode-migrate");
        } finally {
            execute(database, "drop table orders");
        }
    }

    private static String section(String output, String from, String to) {
        int start = output.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = output.indexOf(to, start + from.length());
        return output.substring(start, end < 0 ? output.length() : end);
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
