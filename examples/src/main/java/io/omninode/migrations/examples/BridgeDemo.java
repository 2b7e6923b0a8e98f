package io.omninode.migrations.examples;

import io.omninode.migrations.cli.CliContext;
import io.omninode.migrations.cli.Main;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The OmniNode Bridge schema taken through its life with the real {@code omninode-migrate}
 * commands, on a PostgreSQL 17 started for the occasion and named the way the bridge's deploy
 * scripts name it, with {@code OMNINODE_BRIDGE_DATABASE_URL}.
 */
public final class BridgeDemo {

    /** The tour: what an Alembic user runs, command for command. */
    static final List<List<String>> TOUR = List.of(
            List.of("upgrade", "head"),
            List.of("current"),
            List.of("history", "--verbose"),
            List.of("graph"),
            List.of("downgrade", "-1"),
            List.of("current"),
            List.of("upgrade", "head"),
            List.of("upgrade", "--sql", "1975ea83b712:2b7f0c3d9e41"));

    private final PrintWriter out;

    BridgeDemo(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("Starting an embedded PostgreSQL 17 for the OmniNode Bridge database...");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int failed = new BridgeDemo(out).run(postgres.getJdbcUrl("postgres", "postgres"));
            System.exit(failed);
        }
    }

    /** Runs the tour against the database at {@code jdbcUrl}; returns the first non-zero exit code, or 0. */
    int run(String jdbcUrl) throws IOException {
        Path workingDirectory = Files.createTempDirectory("omninode-demo");
        try {
            CliContext context = new CliContext(Map.of("OMNINODE_BRIDGE_DATABASE_URL", jdbcUrl), workingDirectory,
                    BridgeDemo.class.getClassLoader(), Clock.systemDefaultZone()); // finds the generated registry
            for (List<String> command : TOUR) {
                out.println();
                out.println("$ omninode-migrate " + String.join(" ", command));
                out.flush();
                // Progress (stderr) and results (stdout) interleaved, as a terminal shows them.
                int exitCode = Main.execute(context, out, out, command.toArray(new String[0]));
                if (exitCode != 0) {
                    return exitCode;
                }
            }
            return 0;
        } finally {
            Files.deleteIfExists(workingDirectory);
        }
    }
}
