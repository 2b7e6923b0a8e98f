package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrator's "Running upgrade ..." lines stay out of users' test output unless they ask with verbose(). */
class StepLoggingTest {

    /** The runtime logs each step through System.Logger, which is java.util.logging without a bridge. */
    private static final Logger STEP_LOG = Logger.getLogger("io.omninode.migrations.internal.engine.StepExecutor");

    @TempDir
    Path schemaDir;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage().replace("{0}", String.valueOf(
                    record.getParameters() == null ? "" : record.getParameters()[0])));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureStepLog() {
        STEP_LOG.addHandler(capture);
        Snapshots.write(schemaDir, "a1", Snapshots.table("node", "id bigint not null", "name text"));
        Snapshots.write(schemaDir, "b2", Snapshots.table("node", "id bigint not null", "name text", "status text"));
        Snapshots.write(schemaDir, "c3", Snapshots.table("hook_event", "id bigint not null", "node_id bigint"),
                Snapshots.table("node", "id bigint not null", "name text", "status text"));
    }

    @AfterEach
    void stopCapturing() {
        STEP_LOG.removeHandler(capture);
    }

    @Test
    void verifierLogsNoStepByDefaultAndEveryStepWhenVerbose() {
        MigrationVerifier verifier = MigrationVerifier.forMigrations(MigrationVerifierTest.cleanHistory())
                .schemaDir(schemaDir);

        verifier.verifyAll();
        assertThat(logged).isEmpty();

        verifier.verbose().verifyAll();
        assertThat(logged).containsExactly(
                "INFO Running upgrade  -> a1, migration a1",
                "INFO Running upgrade a1 -> b2, migration b2",
                "INFO Running upgrade b2 -> c3, migration c3",
                "INFO Running downgrade c3 -> b2, migration c3",
                "INFO Running downgrade b2 -> a1, migration b2",
                "INFO Running downgrade a1 -> , migration a1");
    }
}
