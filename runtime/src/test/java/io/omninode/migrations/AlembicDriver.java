package io.omninode.migrations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Real Alembic, driven through {@code driver.py} in one Python process for the whole replay (a
 * process per command would cost a second each). The Python is the first of
 * {@code OMNINODE_ALEMBIC_PYTHON}, {@code python3} and {@code /usr/bin/python3} that can run
 * {@code -m alembic --version} and import psycopg2.
 */
final class AlembicDriver implements AutoCloseable {

    static final String PYTHON_VARIABLE = "OMNINODE_ALEMBIC_PYTHON";

    private final Process process;
    private final Writer input;
    private final BufferedReader output;

    private AlembicDriver(Process process) {
        this.process = process;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The Python to use and Alembic's version, or empty when no candidate has Alembic and psycopg2. */
    static Optional<List<String>> findPython() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv(PYTHON_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String python : candidates) {
            Optional<String> version = run(python, "-m", "alembic", "--version");
            if (version.isPresent() && run(python, "-c", "import psycopg2").isPresent()) {
                return Optional.of(List.of(python, version.get().strip()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(30, TimeUnit.SECONDS);
            return finished && process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Starts the driver on a database given as an SQLAlchemy URL, passed in the environment so that
     * its password never shows on a command line.
     */
    static AlembicDriver start(String python, Path workDirectory, String sqlAlchemyUrl) {
        try {
            Path driver = workDirectory.resolve("driver.py");
            try (InputStream source = AlembicDriver.class.getResourceAsStream("/alembic/driver.py")) {
                Files.copy(source, driver);
            }
            ProcessBuilder builder = new ProcessBuilder(python, driver.toString())
                    .redirectError(workDirectory.resolve("driver.log").toFile());
            builder.environment().put("OMNINODE_ALEMBIC_DB", sqlAlchemyUrl);
            return new AlembicDriver(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("starting the Alembic driver failed", e);
        }
    }

    /** Points Alembic at a script directory holding env.py and versions/. */
    void useScripts(Path scriptDirectory) {
        expectOk(send("graph\t" + scriptDirectory));
    }

    /** Drops the version table and recreates an empty migration_log. */
    void reset() {
        expectOk(send("reset"));
    }

    /** Writes the version rows directly, to continue from the same state after a known difference. */
    void setRows(List<String> rows) {
        expectOk(send("rows\t" + String.join(",", rows)));
    }

    /** Runs {@code alembic <verb> <target>}. */
    Outcome run(RandomHistory.Command command) {
        String[] fields = Arrays.copyOf(send(command.verb() + "\t" + command.target()).split("\t", -1), 6);
        return new Outcome(fields[0].equals("ok"), list(fields[1]), list(fields[2]), list(fields[3]),
                nullToEmpty(fields[4]), nullToEmpty(fields[5]));
    }

    private String send(String line) {
        try {
            input.write(line + "\n");
            input.flush();
            String answer = output.readLine();
            if (answer == null) {
                throw new IllegalStateException("the Alembic driver stopped; see driver.log in the replay directory");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("talking to the Alembic driver failed", e);
        }
    }

    private static void expectOk(String answer) {
        if (!answer.equals("ok")) {
            throw new IllegalStateException("the Alembic driver answered " + answer);
        }
    }

    private static List<String> list(String field) {
        return field == null || field.isEmpty() ? List.of() : List.of(field.split(","));
    }

    private static String nullToEmpty(String field) {
        return field == null ? "" : field;
    }

    @Override
    public void close() {
        try {
            input.write("quit\n");
            input.flush();
        } catch (IOException e) {
            // the process is gone already; destroying it below is all that is left
        }
        process.destroy();
    }

    /**
     * What a command did, on either side.
     *
     * @param ok whether it succeeded
     * @param rows the version rows after it, sorted
     * @param ran the migrations it ran, in order ("up id", "down id")
     * @param current what {@code current} lists after it, sorted
     * @param warnings the warnings it gave
     * @param error the error when it failed
     */
    record Outcome(boolean ok, List<String> rows, List<String> ran, List<String> current, String warnings,
            String error) {

        Outcome {
            rows = rows.stream().sorted().toList();
            ran = List.copyOf(ran);
            current = current.stream().sorted().toList();
        }

        @Override
        public String toString() {
            return (ok ? "ok" : "failed: " + error) + "; rows " + rows + "; ran " + ran + "; current " + current
                    + (warnings.isEmpty() ? "" : "; warned: " + warnings);
        }
    }
}
