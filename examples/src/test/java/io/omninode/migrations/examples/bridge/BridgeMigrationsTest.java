package io.omninode.migrations.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.test.MigrationStep;
import io.omninode.migrations.test.MigrationTest;
import io.omninode.migrations.test.MigrationVerifier;
import io.omninode.migrations.test.Verification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole Bridge history through the verifier users get: every revision up and down, each compared with its
 * committed snapshot, with rows in every table so the region and step-count backfills, the column rename and the
 * enum change are checked to keep (and compute) data.
 */
@MigrationTest
class BridgeMigrationsTest {

    private static final String EXECUTIONS = "600";
    private static final String EXECUTION_ID = "('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid";

    /** The tables the seed has filled (a table only goes away again on the way down). */
    private final Set<String> seeded = new HashSet<>();

    @Test
    void everyRevisionMatchesItsSnapshotAndKeepsTheBridgesRows(MigrationVerifier verifier) {
        Verification verification = verifier.requireSnapshots()
                .seed(this::seed, this::check).verifyAll();

        assertThat(verification.steps()).isEqualTo(26);
        // the verifier applies the auth branch (0c49d43eeee0) just before the merge that joins it, so every other
        // step leaves one head and is compared with its snapshot; the two steps that leave two heads (workflow steps
        // next to hook events, the auth branch next to the main line) are checked by their round trip
        assertThat(verification.comparedWithSnapshot()).containsExactly("1975ea83b712", "2b7f0c3d9e41",
                "3c8e1f2a5b60", "5e0b3c4d7f82", "6f1c4d5e8a93", "7a2d5e6f9b04", "ccfca00261ab", "fada80bdcb05",
                "a8c591e67616", "f15ab7a15093", "cf869f127dac");
    }

    /** Idempotent, so it can run before every step: the rows each table of the step's schema can hold. */
    void seed(Connection connection, MigrationStep step) throws SQLException {
        BridgeSchema schema = BridgeSchema.read(connection);
        schema.tables().forEach(seeded::add);
        if (schema.has("node_registrations")) {
            String region = schema.has("node_registrations", "region") ? ", region" : "";
            String regionValue = region.isEmpty() ? "" : ", case when endpoint like '%.eu.%' then 'eu-west' else 'us-east' end";
            execute(connection, "insert into node_registrations (node_id, node_type, endpoint, status" + region + ")"
                    + " select id::uuid, type, endpoint, 'draining'::node_status" + regionValue
                    + " from (values ('00000000-0000-4000-8000-000000000001', 'effect', 'https://a.eu.bridge:8053'),"
                    + " ('00000000-0000-4000-8000-000000000002', 'compute', 'https://b.us.bridge:8053')) v(id, type, endpoint)"
                    + " on conflict do nothing");
            if (schema.hasEnumValue("node_status", "maintenance")) {
                // the value fada80bdcb05's downgrade has to map back to draining
                execute(connection, "update node_registrations set status = 'maintenance'"
                        + " where node_id = '00000000-0000-4000-8000-000000000002'");
            }
        }
        if (schema.has("workflow_executions")) {
            // more executions than one batch of cf869f127dac's backfill
            execute(connection, "insert into workflow_executions (execution_id, node_id, workflow_name)"
                    + " select " + EXECUTION_ID + ", '00000000-0000-4000-8000-000000000001', 'wf-' || n"
                    + " from generate_series(1, " + EXECUTIONS + ") n on conflict do nothing");
        }
        if (schema.has("workflow_steps")) {
            String duration = schema.has("workflow_steps", "elapsed_ms") ? "elapsed_ms" : "duration_ms";
            // n % 3 steps for execution n, each lasting (index + 1) seconds
            execute(connection, "insert into workflow_steps (execution_id, step_index, step_name, " + duration + ")"
                    + " select " + EXECUTION_ID + ", i, 'step-' || i, (i + 1) * 1000"
                    + " from generate_series(1, " + EXECUTIONS + ") n, generate_series(0, n % 3 - 1) i"
                    + " on conflict do nothing");
        }
        if (schema.has("hook_events")) {
            execute(connection, "insert into hook_events (source, payload) select 'github', '{\"action\": \"push\"}'"
                    + " where not exists (select from hook_events)");
        }
        if (schema.has("api_keys")) {
            execute(connection, "insert into api_keys (key_id, node_id, key_prefix, secret_hash) values"
                    + " ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000001', 'onb_3f9a',"
                    + " sha256('secret'::bytea)) on conflict do nothing");
        }
    }

    /**
     * After every step: every seeded row still there, with the values the data migrations give it (a table the
     * step created is empty until the next seed).
     */
    void check(Connection connection, MigrationStep step) throws SQLException {
        BridgeSchema schema = BridgeSchema.read(connection).seededIn(seeded);
        if (schema.has("node_registrations")) {
            assertThat(query(connection, "select count(*) from node_registrations")).isEqualTo("2");
            assertThat(query(connection, "select string_agg(status::text, ',' order by node_id) from node_registrations"))
                    .isIn("draining,draining", "draining,maintenance");
            if (schema.has("node_registrations", "region")) {
                assertThat(query(connection, "select string_agg(region, ',' order by node_id) from node_registrations"))
                        .isEqualTo("eu-west,us-east");
            }
        }
        if (schema.has("workflow_executions")) {
            assertThat(query(connection, "select count(*) from workflow_executions")).isEqualTo(EXECUTIONS);
        }
        if (schema.has("workflow_steps")) {
            String duration = schema.has("workflow_steps", "elapsed_ms") ? "elapsed_ms" : "duration_ms";
            assertThat(query(connection, "select count(*) || ' steps, ' || count(*) filter (where " + duration
                    + " = (step_index + 1) * 1000) || ' with their duration' from workflow_steps"))
                    .isEqualTo("600 steps, 600 with their duration");
        }
        if (schema.has("workflow_executions", "step_count")) {
            assertThat(query(connection, "select count(*) from workflow_executions e where step_count <>"
                    + " (select count(*) from workflow_steps s where s.execution_id = e.execution_id)"))
                    .as("executions whose step_count is wrong").isEqualTo("0");
        }
        if (schema.has("hook_events")) {
            assertThat(query(connection, "select count(*) from hook_events")).isEqualTo("1");
        }
        if (schema.has("api_keys")) {
            assertThat(query(connection, "select count(*) from api_keys")).isEqualTo("1");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
