package io.omninode.migrations.cli;

import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Enumeration;
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

    /** The test class loader without the test history's registries: a project then sees only its own classes. */
    static ClassLoader withoutTestRegistries() {
        return new ClassLoader(CliRun.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/io.omninode.migrations") ? Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
    }

    /** Both streams, for assertions that something appears nowhere. */
    String all() {
        return out + err;
    }
}
