package io.omninode.migrations;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The runtime benchmark behind {@code benchmarks/runtime-noop.sh}: counts the round trips the engine
 * makes (statements sent, commits, rollbacks) through a counting DataSource on the embedded
 * PostgreSQL, for a no-op {@code upgrade head} over 1,000 applied revisions and for applying N
 * trivial migrations, and prints a table.
 */
public final class RuntimeBenchmark {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

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
        return Migrator.configure().dataSource(counting(database)).migrations(migrations)
                .transactionPerMigration(true) // the most round trips: a commit per migration
                .load();
    }

    private record Measurement(long statements, long commits, long nanos) {
        long roundTrips() {
            return statements + commits;
        }
    }

    private Measurement measure(Runnable command) {
        statements.set(0);
        commits.set(0);
        long started = System.nanoTime();
        command.run();
        return new Measurement(statements.get(), commits.get(), System.nanoTime() - started);
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

    /** A DataSource whose connections count every statement execution, commit and rollback. */
    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, (method, result) -> result instanceof Connection c ? countingConnection(c) : result));
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forwarding(connection, (method, result) -> {
                    if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                        commits.incrementAndGet();
                    }
                    if (result instanceof Statement s) {
                        return countingStatement(s, method.getReturnType());
                    }
                    return result;
                }));
    }

    private Object countingStatement(Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                forwarding(statement, (method, result) -> result, method -> {
                    if (method.getName().startsWith("execute")) {
                        statements.incrementAndGet();
                    }
                }));
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private interface BeforeCall {
        void accept(Method method);
    }

    private static InvocationHandler forwarding(Object target, AfterCall after) {
        return forwarding(target, after, method -> {});
    }

    private static InvocationHandler forwarding(Object target, AfterCall after, BeforeCall before) {
        return (proxy, method, args) -> {
            before.accept(method);
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
