package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** --sql: the script alone on standard output, and it runs cleanly on a real database. */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineSqlTest {

    @Test
    @Order(1)
    void upgradeSqlWritesOnlySqlToStandardOutputAndItRuns(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "upgrade", "--sql", "heads");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CREATE TABLE IF NOT EXISTS alembic_version")
                .contains("create table node (id bigint primary key, name text);")
                .doesNotContain("INFO").doesNotContain("[omninode]");
        assertThat(run.err().lines()).first().isEqualTo("INFO  [omninode] Generating static SQL");
        assertThat(run.err()).contains("INFO  [omninode] Running upgrade  -> 1975ea83b712, create node table\n")
                .endsWith("INFO  [omninode] Wrote the SQL of 6 step(s) to standard output\n");

        StateChangeCommandsTest.execute(database, run.out());

        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("4f2e8d1b6a33", "5d0c1e2f3a44");
        assertThat(CliRun.run(CliRun.environment(database), "upgrade", "heads").err()).contains("Nothing to do");
    }

    @Test
    @Order(2)
    void downgradeSqlFromARangeRunsBackToTheStart(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "downgrade", "--sql", "4f2e8d1b6a33:ae1027a6acf0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("alter table node drop column region;");
        StateChangeCommandsTest.execute(database, run.out());

        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("5d0c1e2f3a44", "ae1027a6acf0");
    }

    @Test
    @Order(3)
    void stampSqlRewritesTheVersionTable(TestDatabase database) throws SQLException {
        CliRun run = CliRun.run(CliRun.environment(database), "stamp", "--sql", "--purge", "1975ea83b712");

        assertThat(run.exitCode()).as(run.err()).isZero();
        StateChangeCommandsTest.execute(database, run.out());

        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("1975ea83b712");
    }
}
