package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark behind {@code benchmarks/introspection.sh}: builds schemas of 10, 100 and 1,000 tables
 * (10 columns, two indexes, a foreign key and a check each), and prints per size the catalog queries
 * one reading takes, the time to read the schema and diff it (once, as {@code check} does against a
 * snapshot, and reading it twice, as {@code diff <db> <db>} does), and the time of
 * {@code pg_dump --schema-only} on the same database as a whole process.
 *
 * <p>Arguments: a JDBC URL of a server allowed to create databases and the {@code pg_dump} of the same
 * major version; without them, the embedded PostgreSQL 17 and no {@code pg_dump} column.
 */
public final class IntrospectionBenchmark {

    private static final int RUNS = 5;

    private IntrospectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        if (args.length >= 2) {
            run(args[0], args[1]);
        } else {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                run(postgres.getJdbcUrl("postgres", "postgres"), null);
            }
        }
    }

    private static void run(String adminUrl, String pgDump) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("%7s %15s %20s %22s %20s %22s%n", "tables", "catalog queries", "read + diff ms (med)",
                "read twice + diff ms", "pg_dump -s ms (med)", "read + diff / pg_dump");
        for (int tables : new int[] {10, 100, 1000}) {
            String database = "introspection_bench_" + tables;
            admin(adminUrl, "drop database if exists " + database);
            admin(adminUrl, "create database " + database);
            String url = adminUrl.replaceFirst("/postgres(?=\\?|$)", "/" + database);
            try (Connection connection = DriverManager.getConnection(url)) {
                build(connection, tables);
                int queries = LiveSchema.read(connection, List.of("public"), Set.of()).catalogQueries();
                List<Long> once = new ArrayList<>();
                List<Long> twice = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    once.add(time(() -> diffOnce(connection)));
                    twice.add(time(() -> diffTwice(connection)));
                }
                List<Long> dump = new ArrayList<>();
                for (int run = 0; pgDump != null && run < RUNS; run++) {
                    dump.add(time(() -> pgDump(pgDump, url)));
                }
                out.printf(Locale.ROOT, "%7d %15d %20d %22d %20s %22s%n", tables, queries, median(once), median(twice),
                        dump.isEmpty() ? "n/a" : Long.toString(median(dump)),
                        dump.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", median(once) / (double) median(dump)));
            } finally {
                admin(adminUrl, "drop database if exists " + database);
            }
        }
    }

    private static void diffOnce(Connection connection) {
        Schema live = LiveSchema.read(connection, List.of("public"), Set.of()).schema();
        check(SchemaDiff.between(live, live).isEmpty());
    }

    private static void diffTwice(Connection connection) {
        Schema from = LiveSchema.read(connection, List.of("public"), Set.of()).schema();
        Schema to = LiveSchema.read(connection, List.of("public"), Set.of()).schema();
        check(SchemaDiff.between(from, to).isEmpty());
    }

    private static void check(boolean clean) {
        if (!clean) {
            throw new IllegalStateException("a database differs from itself");
        }
    }

    /** {@code tables} tables of 10 columns, each with two indexes, a foreign key to the previous one and a check. */
    private static void build(Connection connection, int tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < tables; i++) {
                String t = "t" + i;
                sql.append("create table ").append(t).append(" (id bigint generated always as identity primary key,"
                        + " parent_id bigint, name varchar(200) not null, status text not null default 'new',"
                        + " amount numeric(12,2) default 0, created_at timestamptz not null default now(),"
                        + " flags integer[], payload jsonb, code char(8), note text,")
                        .append(" constraint ck_").append(t).append("_amount check (amount >= 0)");
                if (i > 0) {
                    sql.append(", constraint fk_").append(t).append("_parent foreign key (parent_id) references t")
                            .append(i - 1).append(" (id)");
                }
                sql.append(");\n");
                sql.append("create index ix_").append(t).append("_name on ").append(t).append(" (lower(name));\n");
                sql.append("create index ix_").append(t).append("_created on ").append(t)
                        .append(" (created_at desc) where status <> 'done';\n");
                if (i % 100 == 99) {
                    statement.execute(sql.toString());
                    sql.setLength(0);
                }
            }
            if (sql.length() > 0) {
                statement.execute(sql.toString());
            }
            statement.execute("analyze");
        }
    }

    private static void pgDump(String pgDump, String jdbcUrl) {
        // jdbc:postgresql://host:port/db?user=u&password=p
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+)(?:&password=(.*))?")
                .matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/db?user=..., got another form");
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(pgDump, "--schema-only", "-h", url.group(1), "-p", url.group(2),
                    "-U", url.group(4), "-d", url.group(3), "-f", "/dev/null");
            if (url.group(5) != null) {
                builder.environment().put("PGPASSWORD", url.group(5));
            }
            Process process = builder.inheritIO().start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed");
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not run " + pgDump, e);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
