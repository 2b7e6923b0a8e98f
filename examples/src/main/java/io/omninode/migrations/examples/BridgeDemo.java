package io.omninode.migrations.examples;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import javax.sql.DataSource;

/**
 * The OmniNode Bridge schema taken through its life on a real PostgreSQL 17 started for the
 * occasion: upgrade to head, look at current and history, roll back one step, upgrade again,
 * and render a range as offline SQL — what {@code alembic upgrade head}, {@code current},
 * {@code history --verbose}, {@code downgrade -1} and {@code upgrade --sql} do.
 */
public final class BridgeDemo {

    private final PrintStream out;

    BridgeDemo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        // The runtime logs each step through System.Logger; the demo prints its own progress lines instead.
        java.util.logging.Logger.getLogger("io.omninode").setLevel(java.util.logging.Level.WARNING);
        System.out.println("Starting an embedded PostgreSQL 17 for the OmniNode Bridge database...");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            new BridgeDemo(System.out).run(postgres.getPostgresDatabase());
        }
    }

    void run(DataSource dataSource) {
        Migrator migrator = Migrator.configure()
                .dataSource(dataSource)
                .classLoader(BridgeDemo.class.getClassLoader()) // finds the generated registry
                .listener(new ProgressLines(out))
                .load();

        command("upgrade head");
        summary(migrator.upgrade("head"));

        command("current");
        migrator.current().heads().forEach(head -> out.println(head.revision() + " (head)"));

        command("history --verbose");
        history(migrator.history(null));

        command("downgrade -1");
        summary(migrator.downgrade("-1"));
        command("current");
        migrator.current().heads().forEach(head -> out.println(head.revision()));

        command("upgrade head");
        summary(migrator.upgrade("head"));

        command("upgrade --sql 1975ea83b712:2b7f0c3d9e41   (offline: nothing runs, the script is printed)");
        StringWriter script = new StringWriter();
        migrator.upgradeSql("1975ea83b712:2b7f0c3d9e41", script);
        out.print(script);
    }

    private void command(String text) {
        out.println();
        out.println("$ omninode-migrate " + text);
    }

    private void summary(CommandResult result) {
        out.printf("%d migration(s) in %d ms; heads now %s%n", result.steps().size(),
                result.duration().toMillis(), result.headsAfter().isEmpty() ? "base" : result.headsAfter());
    }

    private void history(List<RevisionInfo> revisions) {
        for (RevisionInfo revision : revisions) {
            String parents = revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
            StringBuilder flags = new StringBuilder();
            if (revision.head()) {
                flags.append(" (head)");
            }
            if (revision.merge()) {
                flags.append(" (mergepoint)");
            }
            if (revision.branchPoint()) {
                flags.append(" (branchpoint)");
            }
            if (!revision.branchLabels().isEmpty()) {
                flags.append(" (").append(String.join(", ", revision.branchLabels())).append(')');
            }
            out.printf("%s -> %s%s, %s%n", parents, revision.revision(), flags, revision.message());
        }
    }

    /** Alembic's progress lines, one when a migration starts and one when it ends with its duration. */
    private static final class ProgressLines implements MigrationListener {

        private final PrintStream out;

        ProgressLines(PrintStream out) {
            this.out = out;
        }

        @Override
        public void stepStarting(Direction direction, String revision, String description) {
            out.println("INFO  [omninode] Running " + description);
        }

        @Override
        public void stepFinished(AppliedStep step) {
            out.printf("INFO  [omninode] Done %s %s in %d ms%n", step.direction().name().toLowerCase(java.util.Locale.ROOT),
                    step.revision(), step.duration().toMillis());
        }
    }
}
