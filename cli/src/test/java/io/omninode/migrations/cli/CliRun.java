package io.omninode.migrations.cli;

import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * One in-process run of {@code omninode-migrate}, its exit code and both streams.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Put into every test URL, so that tests can assert it is never printed (the embedded server ignores it). */
    static final String PASSWORD = "Sup3r-s3cret-pw";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:01:31Z"), ZoneOffset.UTC);

    /** Runs in a fresh empty working directory. */
    static CliRun run(Map<String, String> environment, String... args) {
        return runIn(emptyDirectory(), environment, args);
    }

    static CliRun runIn(Path workingDirectory, Map<String, String> environment, String... args) {
        return runWith(new CliContext(environment, workingDirectory, Thread.currentThread().getContextClassLoader(),
                CLOCK), args);
    }

    static CliRun runWith(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The environment that points at the test database, password included. */
    static Map<String, String> environment(TestDatabase database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("OMNINODE_BRIDGE_DATABASE_URL", urlWithPassword(database));
        return environment;
    }

    static String urlWithPassword(TestDatabase database) {
        String url = database.jdbcUrl();
        return url.contains("password=") ? url : url + (url.contains("?") ? "&" : "?") + "password=" + PASSWORD;
    }

    static Path emptyDirectory() {
        try {
            Path directory = Files.createTempDirectory("omninode-cli");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both streams, for assertions that something appears nowhere. */
    String all() {
        return out + err;
    }
}
