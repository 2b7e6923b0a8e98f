package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentRunnersTest extends MigratorDatabaseTest {

    private static final int RUNNERS = 8;

    ConcurrentRunnersTest(TestDatabase database) {
        super(database);
    }

    private void assertEachMigrationAppliedExactlyOnce() {
        assertThat(versions(database)).containsExactly("r" + ConcurrentRunnerMain.REVISIONS);
        assertThat(rows(database, "select count(*) from applied_once"))
                .containsExactly(String.valueOf(ConcurrentRunnerMain.REVISIONS));
        assertThat(rows(database, "select count(*), count(distinct revision) from omninode_migration_log"
                + " where success")).containsExactly(ConcurrentRunnerMain.REVISIONS + "|" + ConcurrentRunnerMain.REVISIONS);
        assertThat(rows(database, "select count(*) from omninode_migration_log where not success")).containsExactly("0");
    }

    @Test
    void eightThreadsUpgradingTogetherApplyEachMigrationOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(RUNNERS);
        ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
        try {
            List<Future<CommandResult>> results = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                Callable<CommandResult> runner = () -> {
                    Migrator migrator = ConcurrentRunnerMain.migrator(database.jdbcUrl());
                    start.await(30, TimeUnit.SECONDS);
                    return migrator.upgrade("head");
                };
                results.add(pool.submit(runner));
            }
            int applied = 0;
            for (Future<CommandResult> result : results) {
                applied += result.get(60, TimeUnit.SECONDS).steps().size();
            }
            assertThat(applied).isEqualTo(ConcurrentRunnerMain.REVISIONS);
        } finally {
            pool.shutdownNow();
        }
        assertEachMigrationAppliedExactlyOnce();
    }

    @Test
    void eightJvmProcessesUpgradingTogetherApplyEachMigrationOnce(@TempDir Path logs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < RUNNERS; i++) {
            File log = logs.resolve("runner-" + i + ".log").toFile();
            processes.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ConcurrentRunnerMain.class.getName(), database.jdbcUrl())
                    .redirectErrorStream(true).redirectOutput(log).start());
        }
        int applied = 0;
        for (int i = 0; i < RUNNERS; i++) {
            Process process = processes.get(i);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(logs.resolve("runner-" + i + ".log"), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            applied += Integer.parseInt(output.lines().filter(l -> l.startsWith("applied ")).findFirst()
                    .orElseThrow().substring("applied ".length()));
        }
        assertThat(applied).isEqualTo(ConcurrentRunnerMain.REVISIONS);
        assertEachMigrationAppliedExactlyOnce();
    }
}
