package io.omninode.migrations;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The runtime benchmark behind {@code benchmarks/runtime-noop.sh}: counts the round trips the engine
 * makes (statements sent, commits, rollbacks) through a counting DataSource on the embedded
 * PostgreSQL, for a no-op {@code upgrade head} over 1,000 applied revisions and for applying N
 * trivial migrations, and prints a table.
 */
public final class RuntimeBenchmark {

    private CountingDataSource counting;

    private RuntimeBenchmark() {}

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            new RuntimeBenchmark().run(postgres);
        }
    }

    private void run(EmbeddedPostgres postgres) throws SQLException {
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("%-44s %9s %11s %8s %12s %9s%n", "scenario", "revisions", "statements", "commits", "round trips",
                "time ms");
        for (int revisions : new int[] {10, 100, 1000}) {
            DataSource database = freshDatabase(postgres, "apply_" + revisions);
            Migrator migrator = migrator(database, revisions);
            Measurement apply = measure(() -> migrator.upgrade("head"));
            Measurement noOp = measure(() -> migrator.upgrade("head"));
            row(out, "apply " + revisions + " trivial migrations from base", revisions, apply);
            row(out, "no-op upgrade head, " + revisions + " applied", revisions, noOp);
            // own SQL is one statement per migration; the rest beyond the no-op's fixed cost is bookkeeping
            double extra = (apply.roundTrips() - noOp.roundTrips() - revisions) / (double) revisions;
            out.printf(Locale.ROOT, "%-44s %9d %44.2f%n", "  extra round trips per migration", revisions, extra);
        }
    }

    private Migrator migrator(DataSource database, int revisions) {
        List<MigrationDescriptor> migrations = new ArrayList<>();
        for (int i = 1; i <= revisions; i++) {
            TestMigration migration = TestMigration.revision(String.format("%012x", i)).up("select 1");
            if (i > 1) {
                migration.after(String.format("%012x", i - 1));
            }
            migrations.add(migration.build());
        }
        counting = new CountingDataSource(database);
        return Migrator.configure().dataSource(counting.dataSource()).migrations(migrations)
                .transactionPerMigration(true) // the most round trips: a commit per migration
                .load();
    }

    private record Measurement(long statements, long commits, long nanos) {
        long roundTrips() {
            return statements + commits;
        }
    }

    private Measurement measure(Runnable command) {
        counting.reset();
        long started = System.nanoTime();
        command.run();
        return new Measurement(counting.statements(), counting.commits(), System.nanoTime() - started);
    }

    private static void row(PrintWriter out, String scenario, int revisions, Measurement m) {
        out.printf(Locale.ROOT, "%-44s %9d %11d %8d %12d %9.1f%n", scenario, revisions, m.statements(), m.commits(),
                m.roundTrips(), m.nanos() / 1e6);
    }

    private static DataSource freshDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }
}
