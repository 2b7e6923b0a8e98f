package io.omninode.migrations.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The OmniNode Bridge history, compiled by the processor and run on PostgreSQL: up, data, down, up again. */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BridgeHistoryTest {

    private static Migrator migrator(TestDatabase database) {
        return Migrator.configure().dataSource(database.dataSource())
                .classLoader(BridgeHistoryTest.class.getClassLoader()).load();
    }

    @Test
    @Order(1)
    void processorGeneratedRegistryListsTheHistoryInTopologicalOrder() {
        List<MigrationDescriptor> migrations = new ArrayList<>();
        ServiceLoader.load(MigrationRegistry.class).forEach(registry -> migrations.addAll(registry.migrations()));

        assertThat(migrations).extracting(MigrationDescriptor::revision).containsExactly(
                "1975ea83b712", "0c49d43eeee0", "2b7f0c3d9e41", "3c8e1f2a5b60", "4d9a2b3c6e71", "5e0b3c4d7f82",
                "6f1c4d5e8a93", "7a2d5e6f9b04", "ccfca00261ab", "fada80bdcb05", "a8c591e67616", "f15ab7a15093",
                "cf869f127dac");
        // CREATE INDEX CONCURRENTLY, and the backfill committing batch by batch
        assertThat(migrations).filteredOn(m -> !m.transactional()).extracting(MigrationDescriptor::revision)
                .containsExactly("6f1c4d5e8a93", "cf869f127dac");
    }

    @Test
    @Order(2)
    void dataMigrationsBackfillRegionsAndStepCountsOfExistingRows(TestDatabase database) throws SQLException {
        Migrator migrator = migrator(database);
        migrator.upgrade("6f1c4d5e8a93");
        execute(database, "insert into node_registrations (node_id, node_type, endpoint) values"
                + " ('00000000-0000-4000-8000-000000000001', 'effect', 'https://a.eu.bridge:8053'),"
                + " ('00000000-0000-4000-8000-000000000002', 'compute', 'https://b.us.bridge:8053')");

        migrator.upgrade("f15ab7a15093");
        // more executions than one batch of the backfill, with 0 to 3 steps each
        execute(database, "insert into workflow_executions (execution_id, node_id, workflow_name)"
                + " select gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'wf-' || i"
                + " from generate_series(1, 1201) i");
        execute(database, "insert into workflow_steps (execution_id, step_index, step_name)"
                + " select execution_id, s, 'step' from workflow_executions, generate_series(1, 3) s"
                + " where s <= right(workflow_name, 1)::int % 4");

        migrator.upgrade("head");

        assertThat(strings(database, "select endpoint || '=' || region from node_registrations order by endpoint"))
                .containsExactly("https://a.eu.bridge:8053=eu-west", "https://b.us.bridge:8053=us-east");
        assertThat(strings(database, "select count(*) from workflow_executions e where step_count <>"
                + " (select count(*) from workflow_steps s where s.execution_id = e.execution_id)"))
                .containsExactly("0");
        assertThat(strings(database, "select sum(step_count) from workflow_executions")).containsExactly("1561");
        assertThat(strings(database, "select is_nullable from information_schema.columns"
                + " where table_name = 'node_registrations' and column_name = 'region'")).containsExactly("NO");
        assertThat(strings(database, "select enum_range(null::node_status)::text"))
                .containsExactly("{active,maintenance,draining,retired}");
        assertThat(strings(database, "select indexrelid::regclass::text from pg_index"
                + " where indrelid = 'hook_events'::regclass and indisvalid order by 1"))
                .containsExactly("hook_events_pkey", "ix_hook_events_payload", "ix_hook_events_received_at");
    }

    @Test
    @Order(3)
    void downgradeToBaseRemovesEverythingTheHistoryCreated(TestDatabase database) throws SQLException {
        migrator(database).downgrade("base");

        assertThat(strings(database, "select table_name from information_schema.tables"
                + " where table_schema = 'public' order by 1"))
                .containsExactly("alembic_version", "omninode_migration_log");
        assertThat(strings(database, "select typname from pg_type where typname = 'node_status'")).isEmpty();
        assertThat(strings(database, "select count(*) from alembic_version")).containsExactly("0");
    }

    @Test
    @Order(4)
    void upgradeAfterAFullRollbackRebuildsTheSameSchema(TestDatabase database) throws SQLException {
        migrator(database).upgrade("head");

        assertThat(strings(database, "select table_name from information_schema.tables"
                + " where table_schema = 'public' order by 1")).containsExactly("alembic_version", "api_keys", "hook_events",
                "node_registrations", "omninode_migration_log", "workflow_executions", "workflow_steps");
        assertThat(strings(database, "select version_num from alembic_version")).containsExactly("cf869f127dac");
        assertThat(strings(database, "select direction || ':' || count(*) from omninode_migration_log"
                + " where success group by direction order by 1")).containsExactly("downgrade:13", "upgrade:26");
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
