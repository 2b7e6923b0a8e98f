package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10: the audit log in the user's schema broke the team's alembic check; it can move or be switched off. */
class MigratorAuditLogTest extends MigratorDatabaseTest {

    private static final List<MigrationDescriptor> CHAIN = TestMigration.chain("a1", "a2");

    MigratorAuditLogTest(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void noAuditSchema() {
        Sql.execute(database, "drop schema if exists \"omninode audit\" cascade");
    }

    @Test
    void anAuditTableSchemaIsCreatedQuotedAndLeavesOnlyTheVersionTableInTheUsersSchema() {
        configure(CHAIN).auditTableSchema("omninode audit").load().upgrade("head");

        assertThat(rows(database, "select table_name from information_schema.tables where table_schema = 'public'"
                + " order by 1")).containsExactly("alembic_version", "t_a1", "t_a2");
        assertThat(rows(database, "select revision, success from \"omninode audit\".omninode_migration_log order by id"))
                .containsExactly("a1|t", "a2|t");
        // the second run finds the schema and the table
        assertThat(configure(CHAIN).auditTableSchema("omninode audit").load().downgrade("-1").steps()).hasSize(1);
        assertThat(rows(database, "select count(*) from \"omninode audit\".omninode_migration_log")).containsExactly("3");
    }

    @Test
    void withTheAuditLogOffNothingButTheVersionTableIsCreatedAndFailuresStillRollBack() {
        Migrator migrator = configure(CHAIN).auditLog(false).load();
        migrator.upgrade("a1");
        migrator.stamp(List.of("a2"), false);
        migrator.stamp(List.of("a1"), false);

        assertThat(rows(database, "select table_schema || '.' || table_name from information_schema.tables"
                + " where table_name like 'omninode%'")).isEmpty();
        assertThat(versions(database)).containsExactly("a1");
        assertThat(migrator.current().changed()).isEmpty();

        Migrator failing = configure(List.of(CHAIN.get(0), TestMigration.revision("a2").after("a1")
                .up("create table t_a2 (id int)", "select no_such_function()").build())).auditLog(false).load();
        assertThatThrownBy(() -> failing.upgrade("head")).isInstanceOf(MigrationFailedException.class);
        assertThat(versions(database)).containsExactly("a1");
        assertThat(rows(database, "select to_regclass('t_a2') is null")).containsExactly("t");
    }

    @Test
    void theOfflineScriptFollowsTheAuditSettings() {
        StringBuilder inSchema = new StringBuilder();
        configure(CHAIN).auditTableSchema("omninode audit").load().upgradeSql("head", inSchema);
        assertThat(inSchema).contains("CREATE SCHEMA IF NOT EXISTS \"omninode audit\";\n")
                .contains("CREATE TABLE IF NOT EXISTS \"omninode audit\".omninode_migration_log (")
                .contains("INSERT INTO \"omninode audit\".omninode_migration_log (revision,");
        Sql.runScript(database, inSchema.toString());
        assertThat(versions(database)).containsExactly("a2");
        assertThat(rows(database, "select count(*) from \"omninode audit\".omninode_migration_log")).containsExactly("2");

        StringBuilder off = new StringBuilder();
        configure(CHAIN).auditLog(false).load().upgradeSql("head", off);
        assertThat(off).doesNotContain("omninode_migration_log").doesNotContain("CREATE SCHEMA")
                .contains("INSERT INTO alembic_version (version_num) VALUES ('a1');")
                .contains("UPDATE alembic_version SET version_num = 'a2' WHERE version_num = 'a1';");
    }
}
