package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** upgrade, downgrade and stamp online, in order on one database. */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateChangeCommandsTest {

    @Test
    @Order(1)
    void upgradePrintsEachStepWhenItStartsAndEndsThenASummary(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "upgrade", "feature@head");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().map(line -> line.replaceAll("\\d+ ms", "N ms")).toList()).containsExactly(
                "INFO  [omninode] Running upgrade  -> 1975ea83b712, create node table",
                "INFO  [omninode] Finished upgrade  -> 1975ea83b712 in N ms",
                "INFO  [omninode] Running upgrade 1975ea83b712 -> ae1027a6acf0, add account table",
                "INFO  [omninode] Finished upgrade 1975ea83b712 -> ae1027a6acf0 in N ms",
                "INFO  [omninode] Running upgrade ae1027a6acf0 -> 27c6a30d7c24, add node region",
                "INFO  [omninode] Finished upgrade ae1027a6acf0 -> 27c6a30d7c24 in N ms",
                "INFO  [omninode] Running upgrade ae1027a6acf0 -> 27f0b9e1d355, add account email",
                "INFO  [omninode] Finished upgrade ae1027a6acf0 -> 27f0b9e1d355 in N ms",
                "INFO  [omninode] Running upgrade 27c6a30d7c24, 27f0b9e1d355 -> 4f2e8d1b6a33, merge feature into main",
                "INFO  [omninode] Finished upgrade 27c6a30d7c24, 27f0b9e1d355 -> 4f2e8d1b6a33 in N ms",
                "INFO  [omninode] Upgraded 5 step(s) in N ms; the database is now at 4f2e8d1b6a33");
        assertThat(versions(database)).containsExactly("4f2e8d1b6a33");
    }

    @Test
    @Order(2)
    void upgradeAtTheTargetSaysThereIsNothingToDo(TestDatabase database) {
        CliRun run = CliRun.run(CliRun.environment(database), "upgrade", "4f2e");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("INFO  [omninode] Nothing to do: the database is already at 4f2e8d1b6a33\n");
    }

    @Test
    @Order(3)
    void upgradeHeadsAppliesTheOtherRoot(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "upgrade", "heads");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Running upgrade  -> 5d0c1e2f3a44, create audit entry");
        assertThat(versions(database)).containsExactly("4f2e8d1b6a33", "5d0c1e2f3a44");
        assertThat(CliRun.run(CliRun.environment(database), "current").out())
                .isEqualTo("4f2e8d1b6a33 (head) (mergepoint)\n5d0c1e2f3a44 (head)\n");
    }

    @Test
    @Order(5)
    void downgradeToARevisionRemovesEverythingAfterItOnItsBranchOnly(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "downgrade", "ae1027a6acf0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Downgraded 3 step(s)")
                .contains("the database is now at 5d0c1e2f3a44, ae1027a6acf0");
        assertThat(versions(database)).containsExactly("5d0c1e2f3a44", "ae1027a6acf0");
    }

    @Test
    @Order(6)
    void stampRewritesTheVersionTableWithoutRunningMigrations(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "stamp", "27c6a30d7c24", "5d0c1e2f3a44");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Stamped 1 step(s)");
        assertThat(versions(database)).containsExactly("27c6a30d7c24", "5d0c1e2f3a44");
    }

    @Test
    @Order(7)
    void stampPurgeRecoversADatabaseAtAnUnknownRevision(TestDatabase database) throws SQLException {
        execute(database, "update alembic_version set version_num = 'fe11ed0c0ffe' where version_num = '27c6a30d7c24'");
        Map<String, String> env = CliRun.environment(database);

        CliRun refused = CliRun.run(env, "upgrade", "heads");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.UNKNOWN_REVISION);
        assertThat(refused.err()).isEqualTo("ERROR [omninode] alembic_version holds revision(s) fe11ed0c0ffe that the"
                + " loaded migrations do not know (their heads: 4f2e8d1b6a33, 5d0c1e2f3a44); check that the classpath"
                + " holds this project's current build, or deploy the build that contains these revisions; only if they"
                + " are gone for good, rewrite the table with stamp --purge\n");
        assertThat(CliRun.run(env, "current").exitCode()).isEqualTo(ExitCode.UNKNOWN_REVISION);

        CliRun purged = CliRun.run(env, "stamp", "--purge", "ae1027a6acf0");
        assertThat(purged.exitCode()).isZero();
        assertThat(versions(database)).containsExactly("ae1027a6acf0");
    }

    @Test
    @Order(8)
    void downgradeToBaseEmptiesTheVersionTable(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "downgrade", "base");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("the database is now at base");
        assertThat(versions(database)).isEmpty();
        CliRun current = CliRun.run(CliRun.environment(database), "current");
        assertThat(current.out()).isEmpty();
        assertThat(current.err()).isEqualTo("INFO  [omninode] The database is at base: no revision applied\n");
    }

    static List<String> versions(TestDatabase database) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version_num from alembic_version order by 1")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
