package io.omninode.migrations.cli;

import static io.omninode.migrations.cli.CliRun.PASSWORD;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command run as users run it, in a process of its own, for the tests of the packaged jar and distribution. */
record ChildProcess(int exitCode, String out, String err) {

    /** The seed's variables naming a test database, and nothing else. */
    static Map<String, String> databaseEnvironment(TestDatabase database) {
        DatabaseSettings server = Migrator.configure().url(database.jdbcUrl()).settings().database();
        return Map.of("POSTGRES_HOST", server.host(), "POSTGRES_PORT", String.valueOf(server.port()),
                "POSTGRES_USER", server.user(),
                "POSTGRES_PASSWORD", server.password() == null ? PASSWORD : server.password(),
                "POSTGRES_DATABASE", database.name());
    }

    /** Runs in an empty folder with exactly the given database variables: the ones of this JVM are removed. */
    static ChildProcess run(Map<String, String> environment, List<String> command) throws IOException,
            InterruptedException {
        return runIn(CliRun.emptyDirectory(), environment, command);
    }

    static ChildProcess runIn(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("omninode-out", ".txt");
        Path err = Files.createTempFile("omninode-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .directory(directory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("POSTGRES_") || name.endsWith("DATABASE_URL")
                || name.startsWith("OMNINODE_MIGRATE_") || name.equals("JAVA_OPTS"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new ChildProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
