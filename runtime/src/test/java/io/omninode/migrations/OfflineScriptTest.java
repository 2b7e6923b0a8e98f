package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class OfflineScriptTest {

    private final TestDatabase online;
    private final TestDatabase offline;

    OfflineScriptTest(TestDatabase database) {
        this.online = database;
        String name = database.name() + "_sql";
        this.offline = new TestDatabase(name, database.jdbcUrl().replace("/" + database.name() + "?",
                "/" + name + "?").replace("/" + database.name() + "$", "/" + name), database.embedded());
    }

    @BeforeEach
    void freshDatabases() {
        Sql.resetSchema(online);
        Sql.execute(online, "drop database if exists " + offline.name());
        Sql.execute(online, "create database " + offline.name());
    }

    @AfterEach
    void dropOfflineDatabase() {
        Sql.execute(online, "drop database if exists " + offline.name() + " with (force)");
    }

    /** Two bases, a branch, a merge, a dependency and a non-transactional index. */
    private static List<MigrationDescriptor> history() {
        return List.of(
                TestMigration.revision("a1").up("create table node (id int primary key, name text)",
                        "insert into node values (1, 'it''s a \\ path')").down("drop table node").build(),
                TestMigration.revision("b1").after("a1").up("alter table node add column b text")
                        .down("alter table node drop column b").build(),
                TestMigration.revision("c1").after("a1").up("alter table node add column c text")
                        .down("alter table node drop column c").build(),
                TestMigration.revision("m1").after("b1", "c1").up("create table edge (id int)")
                        .down("drop table edge").build(),
                TestMigration.revision("d1").up("create table other (id int)").down("drop table other").build(),
                TestMigration.revision("e1").after("m1").dependsOn("d1").nonTransactional()
                        .up("create index concurrently node_name on node (name)")
                        .down("drop index concurrently node_name").build());
    }

    private Migrator migrator(TestDatabase database) {
        return Migrator.configure().dataSource(database.dataSource()).migrations(history()).load();
    }

    private static List<String> catalog(TestDatabase database) {
        return rows(database, "select table_name || '.' || column_name || ' ' || data_type from"
                + " information_schema.columns where table_schema = 'public' order by 1");
    }

    private static List<String> state(TestDatabase database) {
        List<String> state = new java.util.ArrayList<>(catalog(database));
        state.addAll(rows(database, "select indexname from pg_indexes where schemaname = 'public' order by 1"));
        state.addAll(rows(database, "select * from node order by id"));
        state.addAll(rows(database, "select 'version ' || version_num from alembic_version order by 1"));
        state.addAll(rows(database, "select revision, direction, heads_before, heads_after, checksum, success"
                + " from omninode_migration_log order by id"));
        return state;
    }

    @Test
    void offlineUpgradeScriptLeavesTheSameDatabaseAsAnOnlineUpgrade() {
        migrator(online).upgrade("heads");
        StringBuilder script = new StringBuilder();
        migrator(offline).upgradeSql("heads", script);

        Sql.runScript(offline, script.toString());

        assertThat(state(offline)).isEqualTo(state(online)).contains("version e1", "node_name");
    }

    @Test
    void offlineDowngradeScriptLeavesTheSameDatabaseAsAnOnlineDowngrade() {
        migrator(online).upgrade("heads");
        migrator(online).downgrade("b1");
        StringBuilder script = new StringBuilder();
        migrator(offline).upgradeSql("heads", script);
        migrator(offline).downgradeSql("e1:b1", script);

        Sql.runScript(offline, script.toString());

        assertThat(state(offline)).isEqualTo(state(online)).contains("version b1", "version d1");
    }

    @Test
    void scriptHasTransactionsPerMigrationVersionUpdatesAndNoTransactionAroundTheConcurrentIndex() {
        StringBuilder script = new StringBuilder();
        migrator(offline).upgradeSql("m1:e1", script);
        assertThat(script.toString()).isEqualTo("""
                CREATE TABLE IF NOT EXISTS alembic_version (
                    version_num varchar(32) NOT NULL,
                    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
                );

                CREATE TABLE IF NOT EXISTS omninode_migration_log (
                    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                    revision varchar(32),
                    direction varchar(9) NOT NULL,
                    heads_before text NOT NULL,
                    heads_after text NOT NULL,
                    checksum varchar(64),
                    started_at timestamptz NOT NULL,
                    duration_ms bigint,
                    db_user text DEFAULT current_user NOT NULL,
                    success boolean NOT NULL,
                    error text,
                    PRIMARY KEY (id)
                );

                SET lock_timeout = 3000;

                BEGIN;

                -- Running upgrade  -> d1, migration d1

                create table other (id int);

                WITH v1 AS (INSERT INTO alembic_version (version_num) VALUES ('d1'))
                INSERT INTO omninode_migration_log (revision, direction, heads_before, heads_after, checksum, started_at, duration_ms, success)
                VALUES ('d1', 'upgrade', 'm1', 'd1 m1', 'sha-d1', coalesce(NULL::timestamptz, now()), NULL, true);

                COMMIT;

                -- Running upgrade m1 -> e1, migration e1

                create index concurrently node_name on node (name);

                WITH v1 AS (UPDATE alembic_version SET version_num = 'e1' WHERE version_num = 'd1'),
                     v2 AS (DELETE FROM alembic_version WHERE version_num IN ('m1'))
                INSERT INTO omninode_migration_log (revision, direction, heads_before, heads_after, checksum, started_at, duration_ms, success)
                VALUES ('e1', 'upgrade', 'd1 m1', 'e1', 'sha-e1', coalesce(NULL::timestamptz, now()), NULL, true);

                """);
    }

    @Test
    void offlineDowngradeNeedsAStartBecauseTheScriptCannotReadTheDatabase() {
        assertThatThrownBy(() -> migrator(offline).downgradeSql("base", new StringBuilder()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("offline downgrade needs the start");
    }

    @Test
    void offlineStampWritesOnlyTheVersionRows() {
        StringBuilder script = new StringBuilder();
        migrator(offline).stampSql(List.of("b1"), false, script);
        assertThat(script.toString()).contains("INSERT INTO alembic_version (version_num) VALUES ('b1')")
                .doesNotContain("alter table");
        Sql.runScript(offline, script.toString());
        assertThat(rows(offline, "select version_num from alembic_version")).containsExactly("b1");
    }

    @Test
    void migrationThatNeedsALiveConnectionFailsOfflineSayingSo() {
        List<MigrationDescriptor> needsConnection = List.of(TestMigration.revision("a1").script(new MigrationScript() {
            @Override
            public void upgrade(Operations op) throws Exception {
                op.connection().createStatement().execute("select 1");
            }

            @Override
            public void downgrade(Operations op) {}
        }).build());
        Migrator migrator = Migrator.configure().dataSource(offline.dataSource()).migrations(needsConnection).load();
        assertThatThrownBy(() -> migrator.upgradeSql("head", new StringBuilder()))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("revision a1 needs a live database connection")
                .hasMessageContaining("offline SQL generation does not have");
    }
}
