package io.omninode.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omninode.migrations.AlembicDriver.Outcome;
import io.omninode.migrations.RandomHistory.Command;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.internal.plan.TargetResolver;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays seeded random histories (branches, merges, labels, {@code dependsOn}) command by command
 * against real Alembic and against the Migrator, each on a database of its own, and compares success,
 * version rows, the migrations run and {@code current}. Where we differ on purpose, the difference
 * must be one of the {@link Difference} classes, each checked for its own evidence; anything else fails.
 * Skipped, with a notice, when no Python with Alembic is found.
 */
@PostgresTest
class AlembicDifferentialTest {

    /** Fixed, so CI replays the same steps; -Domninode.alembic.seed=N explores other histories. */
    private static final long SEED = Long.getLong("omninode.alembic.seed", 20_261_129L);
    private static final int HISTORIES = 15;
    private static final int STEPS_PER_HISTORY = 20;
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^?]+)\\??(.*)");

    /** The deliberate differences, documented in README's section on differences from Alembic. */
    enum Difference {
        /** Alembic warns "downgrade -1 from multiple heads is ambiguous" and picks one; we refuse. */
        RELATIVE_DOWNGRADE_FROM_SEVERAL_HEADS,
        /** Alembic's base of a line removes other branches grown from the same root; we refuse and say so. */
        LINE_BASE_BEYOND_THE_LINE,
        /** Alembic 1.8's stamp heads over several rows records one head; we record every head. */
        STAMP_HEADS_KEEPS_EVERY_HEAD,
        /** Alembic finds "Nothing to drop" for a target applied only as a dependency; we remove its dependents. */
        DOWNGRADE_TO_A_DEPENDENCY_ONLY_TARGET,
        /**
         * Downgrading a revision with several version parents (a merge, or a parent and a dependency) where
         * one is applied below another: Alembic writes a row for it too (and then refuses to upgrade from
         * those rows, "Requested revision ... overlaps"); we do not.
         */
        DOWNGRADE_WITHOUT_A_ROW_FOR_AN_IMPLIED_PARENT
    }

    private final TestDatabase database;

    @TempDir
    Path work;

    private Connection reads;

    AlembicDifferentialTest(TestDatabase database) {
        this.database = database;
    }

    @Test
    void randomHistoriesReplayLikeAlembicExceptTheDocumentedDifferences() throws IOException, SQLException {
        Optional<List<String>> python = AlembicDriver.findPython();
        if (python.isEmpty()) {
            System.out.println("NOTICE: AlembicDifferentialTest skipped: no Python with Alembic and psycopg2 (tried $"
                    + AlembicDriver.PYTHON_VARIABLE + ", python3, /usr/bin/python3); install python3-alembic and"
                    + " python3-psycopg2, or point " + AlembicDriver.PYTHON_VARIABLE + " at a Python that has them");
        }
        assumeTrue(python.isPresent(), "no Python with Alembic; see the notice on standard output");
        String alembicDatabase = database.name() + "_alembic";
        Sql.execute(database, "create database \"" + alembicDatabase + "\"");
        Tally tally = new Tally();
        try (Connection connection = database.connect();
                AlembicDriver alembic = AlembicDriver.start(python.get().get(0), work, sqlAlchemyUrl(alembicDatabase))) {
            reads = connection;
            Random random = new Random(SEED);
            for (int number = 0; number < HISTORIES; number++) {
                replay(RandomHistory.generate(random, number), random, alembic, tally);
            }
        } finally {
            Sql.execute(database, "drop database if exists \"" + alembicDatabase + "\" with (force)");
        }
        System.out.println(tally.summary(python.get().get(1)));
        assertThat(tally.unexplained).as("steps where we differ from Alembic outside the documented classes")
                .isEmpty();
        assertThat(tally.matched + tally.independentOrder).as("steps matching Alembic").isGreaterThan(tally.total / 2);
    }

    private void replay(RandomHistory history, Random random, AlembicDriver alembic, Tally tally) throws IOException {
        alembic.useScripts(scriptDirectory(history));
        alembic.reset();
        Sql.resetSchema(database);
        Sql.execute(database, "CREATE TABLE migration_log (id serial PRIMARY KEY, event text NOT NULL)");
        Migrator migrator = Migrator.configure().dataSource(database.dataSource())
                .migrations(history.descriptors()).load();
        RevisionGraph graph = history.graph();
        List<String> commands = new ArrayList<>();
        for (int step = 0; step < STEPS_PER_HISTORY; step++) {
            Command command = history.randomCommand(random);
            commands.add(command.toString());
            List<String> before = rows();
            long started = System.nanoTime();
            Outcome ours = runOurs(migrator, command);
            long middle = System.nanoTime();
            Outcome theirs = alembic.run(command);
            tally.oursNanos += middle - started;
            tally.theirsNanos += System.nanoTime() - middle;
            Match match = match(graph, ours, theirs);
            Optional<Difference> known = match == Match.DIFFERENT
                    ? classify(graph, command, before, ours, theirs) : Optional.empty();
            tally.count(match, known, () -> history.describe() + "  commands: " + String.join("; ", commands)
                    + "\n  from rows " + before + "\n  ours:    " + ours + "\n  Alembic: " + theirs);
            if (!ours.rows().equals(theirs.rows())) {
                alembic.setRows(ours.rows());
            }
        }
    }

    /** How a step compares: exactly, or up to the order of migrations on independent branches, or not. */
    enum Match { EXACT, INDEPENDENT_ORDER, DIFFERENT }

    private static Match match(RevisionGraph graph, Outcome ours, Outcome theirs) {
        if (ours.ok() != theirs.ok()) {
            return Match.DIFFERENT;
        }
        if (!ours.ok()) {
            return Match.EXACT;
        }
        if (!ours.rows().equals(theirs.rows()) || !ours.current().equals(theirs.current())) {
            return Match.DIFFERENT;
        }
        if (ours.ran().equals(theirs.ran())) {
            return Match.EXACT;
        }
        return sameUpToIndependentOrder(graph, ours.ran(), theirs.ran()) ? Match.INDEPENDENT_ORDER : Match.DIFFERENT;
    }

    /**
     * The same migrations, and every two of them where one is an ancestor of the other in the same
     * order. Alembic orders revisions of independent branches by its script directory's file listing,
     * which a compiled registry does not have; the history fixes only the order of related revisions.
     */
    private static boolean sameUpToIndependentOrder(RevisionGraph graph, List<String> ours, List<String> theirs) {
        if (!ours.stream().sorted().toList().equals(theirs.stream().sorted().toList())) {
            return false;
        }
        for (int i = 0; i < ours.size(); i++) {
            for (int j = i + 1; j < ours.size(); j++) {
                String first = ours.get(i).substring(ours.get(i).indexOf(' ') + 1);
                String second = ours.get(j).substring(ours.get(j).indexOf(' ') + 1);
                boolean related = graph.ancestors(first).contains(second) || graph.ancestors(second).contains(first);
                if (related && theirs.indexOf(ours.get(i)) > theirs.indexOf(ours.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Which documented difference this is, checked on its own evidence; empty when none. */
    private static Optional<Difference> classify(RevisionGraph graph, Command command, List<String> before,
            Outcome ours, Outcome theirs) {
        String verb = command.verb();
        String target = command.target();
        if (verb.equals("downgrade") && target.matches("-\\d+") && before.size() > 1 && !ours.ok()
                && ours.error().contains("so \"" + target + "\" is ambiguous; use <branchlabel>@" + target)
                && theirs.warnings().contains("downgrade -1 from multiple heads is ambiguous")) {
            return Optional.of(Difference.RELATIVE_DOWNGRADE_FROM_SEVERAL_HEADS);
        }
        if (verb.equals("downgrade") && !ours.ok() && theirs.ok()
                && ours.error().contains("reaches base, and Alembic would then remove everything applied")) {
            Matcher outside = Pattern.compile("including (.*?), which ").matcher(ours.error());
            if (outside.find() && Arrays.stream(outside.group(1).split(", "))
                    .allMatch(id -> theirs.ran().contains("down " + id))) {
                return Optional.of(Difference.LINE_BASE_BEYOND_THE_LINE);
            }
        }
        if (verb.equals("stamp") && target.equals("heads") && before.size() > 1 && ours.ok() && theirs.ok()
                && ours.ran().isEmpty() && theirs.ran().isEmpty() && ours.rows().equals(everyHead(graph))
                && !theirs.rows().equals(ours.rows())) {
            return Optional.of(Difference.STAMP_HEADS_KEEPS_EVERY_HEAD);
        }
        if (verb.equals("downgrade") && ours.ok() && theirs.ok() && ours.current().equals(theirs.current())
                && sameUpToIndependentOrder(graph, ours.ran(), theirs.ran()) && theirs.rows().containsAll(ours.rows())
                && theirs.rows().stream().filter(row -> !ours.rows().contains(row)).allMatch(row -> ours.rows().stream()
                        .anyMatch(kept -> graph.ancestors(kept).contains(row)))) {
            return Optional.of(Difference.DOWNGRADE_WITHOUT_A_ROW_FOR_AN_IMPLIED_PARENT);
        }
        if (verb.equals("downgrade") && ours.ok() && !theirs.ok() && theirs.error().contains("is not a valid downgrade target from current head(s)")) {
            List<String> resolved = new TargetResolver(graph).resolve(target, before);
            if (resolved.size() == 1 && !before.contains(resolved.get(0)) && !ours.ran().isEmpty()
                    && ours.ran().stream().allMatch(event -> event.startsWith("down ")
                            && graph.descendants(resolved.get(0)).contains(event.substring(5)))) {
                return Optional.of(Difference.DOWNGRADE_TO_A_DEPENDENCY_ONLY_TARGET);
            }
        }
        return Optional.empty();
    }

    /** Every head that is not applied below another one: what our stamp heads records. */
    private static List<String> everyHead(RevisionGraph graph) {
        return graph.heads().stream()
                .filter(head -> graph.heads().stream().noneMatch(other -> graph.ancestors(other).contains(head)))
                .sorted().toList();
    }

    private Outcome runOurs(Migrator migrator, Command command) {
        int logged = logSize();
        boolean ok = true;
        String error = "";
        try {
            switch (command.verb()) {
                case "upgrade" -> migrator.upgrade(command.target());
                case "downgrade" -> migrator.downgrade(command.target());
                default -> migrator.stamp(List.of(command.target()), false);
            }
        } catch (MigrationsException e) {
            ok = false;
            error = e.getMessage();
        }
        List<String> current = migrator.current().all().stream().map(RevisionInfo::revision).toList();
        return new Outcome(ok, rows(), query("SELECT event FROM migration_log WHERE id > " + logged + " ORDER BY id"),
                current, "", error);
    }

    private List<String> rows() {
        if (query("SELECT to_regclass('alembic_version') IS NULL").get(0).equals("t")) {
            return List.of();
        }
        return query("SELECT version_num FROM alembic_version").stream().sorted().toList();
    }

    private int logSize() {
        return Integer.parseInt(query("SELECT coalesce(max(id), 0) FROM migration_log").get(0));
    }

    /** The first column of each row, over the one connection the replay reads through. */
    private List<String> query(String sql) {
        try (Statement statement = reads.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Path scriptDirectory(RandomHistory history) throws IOException {
        Path directory = work.resolve("history" + history.number());
        Files.createDirectories(directory.resolve("versions"));
        try (InputStream env = getClass().getResourceAsStream("/alembic/env.py")) {
            Files.copy(env, directory.resolve("env.py"));
        }
        for (Revision revision : history.revisions()) {
            Files.writeString(directory.resolve("versions").resolve(revision.id() + ".py"),
                    RandomHistory.alembicScript(revision));
        }
        return directory;
    }

    /** The test database's server and credentials, for SQLAlchemy, on another database. */
    private String sqlAlchemyUrl(String databaseName) {
        Matcher url = JDBC_URL.matcher(database.jdbcUrl());
        if (!url.matches()) {
            throw new IllegalStateException("unexpected JDBC URL form for " + database);
        }
        Map<String, String> parameters = new HashMap<>();
        for (String pair : url.group(3).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        String user = encode(parameters.getOrDefault("user", "postgres"));
        String password = parameters.containsKey("password") ? ":" + encode(parameters.get("password")) : "";
        return "postgresql+psycopg2://" + user + password + "@" + url.group(1) + "/" + databaseName;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Counts of matched steps and of each documented difference, and the unexplained steps in full. */
    private static final class Tally {
        int total;
        int matched;
        int independentOrder;
        long oursNanos;
        long theirsNanos;
        final Map<Difference, Integer> known = new EnumMap<>(Difference.class);
        final List<String> unexplained = new ArrayList<>();

        void count(Match match, Optional<Difference> difference, java.util.function.Supplier<String> details) {
            total++;
            if (match == Match.EXACT) {
                matched++;
            } else if (match == Match.INDEPENDENT_ORDER) {
                independentOrder++;
            } else if (difference.isPresent()) {
                known.merge(difference.get(), 1, Integer::sum);
            } else {
                unexplained.add(details.get());
            }
        }

        String summary(String alembicVersion) {
            return "Alembic differential replay (" + alembicVersion + ", seed " + SEED + "): " + HISTORIES
                    + " histories, " + total + " steps; " + matched + "/" + total + " matched Alembic exactly, " + independentOrder
                    + " more up to the order of migrations on independent branches; "
                    + "documented differences: " + (known.isEmpty() ? "none" : known.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
                    + "; unexplained: " + unexplained.size() + " (ours " + oursNanos / 1_000_000 + " ms, Alembic "
                    + theirsNanos / 1_000_000 + " ms)";
        }
    }
}
