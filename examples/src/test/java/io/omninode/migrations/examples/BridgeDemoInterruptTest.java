package io.omninode.migrations.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a user runs it, a process of its own with no database variable set, stopped by Ctrl-C. */
class BridgeDemoInterruptTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void ctrlCMidTourLeavesNoPostgresProcessAndNoDataDirectory(@TempDir Path temporary)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java,
                "-Djava.io.tmpdir=" + temporary, // the demo's data directory and work folder go here
                // the PostgreSQL binaries stay in the shared cache instead of being unpacked again
                "-Dot.epg.working-dir=" + Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"),
                "-cp", System.getProperty("java.class.path"), BridgeDemo.class.getName())
                .redirectErrorStream(true);
        builder.environment().keySet().removeAll(DemoDatabase.SEED_VARIABLES);
        Process demo = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("$ omninode-migrate history")) {
                    assertThat(dataDirectories(temporary)).as(output.toString()).hasSize(1);
                    // what Ctrl-C sends the JVM in a terminal
                    assertThat(new ProcessBuilder("kill", "-INT", Long.toString(demo.pid())).start().waitFor())
                            .isZero();
                }
            }
        }

        assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as(output.toString()).isTrue();
        assertThat(output).startsWith("Starting an embedded PostgreSQL 17").contains("$ omninode-migrate history");
        assertThat(demo.exitValue()).as(output.toString()).isEqualTo(130); // 128 + SIGINT: interrupted, not finished
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(temporary.toString()))).isEmpty();
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("omninode-demo"));
        }
    }

    /** The embedded server's data directories under the demo's temporary folder. */
    private static List<Path> dataDirectories(Path temporary) throws IOException {
        try (Stream<Path> folders = Files.list(temporary)) {
            return folders.filter(p -> p.getFileName().toString().startsWith("omninode-demo"))
                    .map(p -> p.resolve("data")).filter(Files::isDirectory).toList();
        }
    }
}
