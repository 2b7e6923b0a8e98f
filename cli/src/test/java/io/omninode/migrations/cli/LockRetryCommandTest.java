package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code upgrade} while an application transaction holds a lock on node: each attempt is logged with the
 * blocking pid, and after the last one the command exits 4 naming that session, with nothing applied.
 */
@PostgresTest
class LockRetryCommandTest {

    @Test
    void aLockHeldTooLongEndsInExit4NamingTheBlockingSession(TestDatabase database) throws Exception {
        assertThat(CliRun.run(CliRun.environment(database), "upgrade", "ae1027a6acf0").exitCode()).isZero();
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            int pid;
            try (Statement statement = holder.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*), pg_backend_pid() from node")) {
                rs.next();
                pid = rs.getInt(2);
            }

            CliRun run = CliRun.run(CliRun.environment(database), "upgrade", "27c6a30d7c24", "--lock-timeout", "200ms",
                    "--lock-retries", "1");

            assertThat(run.exitCode()).isEqualTo(ExitCode.MIGRATION_FAILED);
            assertThat(run.err()).contains("WARN  [omninode] waiting for a lock on node held by pid " + pid
                    + ": attempt 1 of 2 rolled back after lock_timeout 200 ms, attempt 2 in 200 ms")
                    .contains("gave up after 2 attempt(s), each cancelled after waiting lock_timeout 200 ms for a lock"
                            + " on node held by pid " + pid + " (")
                    .endsWith("ERROR [omninode]   SQL: alter table node add column region text\n"
                            + "ERROR [omninode] no step of this command stayed applied; once the blocking session is"
                            + " gone, run the command again\n")
                    .doesNotContain(CliRun.PASSWORD);
            holder.rollback();
        }
        assertThat(StateChangeCommandsTest.versions(database)).containsExactly("ae1027a6acf0");
    }
}
