package io.omninode.migrations.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the CLI reads from its surroundings, injectable so tests run commands in-process with an
 * environment, a working directory and a clock of their own.
 *
 * @param environment the process environment (the seed's database variables)
 * @param workingDirectory where {@code omninode-migrations.properties} is looked for and relative paths start
 * @param classLoader the loader whose registries are found when no classpath is configured, and the parent of one that is
 * @param clock dates the revisions that {@code revision} and {@code merge} write
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, ClassLoader classLoader, Clock clock) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(clock, "clock");
    }

    /** The real process: its environment, working directory and class loader, the system clock. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Path.of("").toAbsolutePath(),
                Thread.currentThread().getContextClassLoader(), Clock.systemDefaultZone());
    }
}
