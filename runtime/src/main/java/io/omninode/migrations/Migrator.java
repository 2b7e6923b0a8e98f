package io.omninode.migrations;

import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.config.MigratorSettings;
import io.omninode.migrations.internal.engine.MigrationEngine;
import io.omninode.migrations.internal.engine.MigrationEngine.Command;
import io.omninode.migrations.graph.InvalidRevisionGraphException;
import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.internal.plan.Planner;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.internal.plan.TargetResolver;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Applies migrations to a PostgreSQL database with Alembic's commands and semantics: upgrade,
 * downgrade, stamp, current, heads, branches, history and show, online or as an SQL script.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.configure()                    // database from the environment
 *         .classLoader(Thread.currentThread().getContextClassLoader())
 *         .load();
 * CommandResult result = migrator.upgrade("head");
 * result.steps().forEach(s -> log.info(s.revision() + " in " + s.duration().toMillis() + " ms"));
 * }</pre>
 *
 * <p>State-changing commands hold a PostgreSQL advisory lock, so runners started together apply
 * each migration once. The library never prints; it logs through {@link System.Logger}. A Migrator
 * is immutable and safe to share between threads; each command uses a connection of its own.
 */
public final class Migrator {

    private static final Pattern NEEDS_CURRENT = Pattern.compile("(?:[^@]+@)?[+-]\\d+|current");

    private final MigratorSettings settings;
    private final RevisionGraph graph;
    private final Map<String, MigrationDescriptor> migrations;
    private final TargetResolver resolver;
    private final Planner planner;
    private final MigrationEngine engine;

    /**
     * A migrator over resolved settings; most callers use {@code Migrator.configure()...load()}.
     *
     * @throws InvalidRevisionGraphException when the migrations do not form a valid revision graph
     */
    public Migrator(MigratorSettings settings) {
        this.settings = settings;
        Map<String, MigrationDescriptor> byId = new LinkedHashMap<>();
        List<Revision> revisions = new ArrayList<>();
        for (MigrationDescriptor descriptor : settings.migrations()) {
            byId.putIfAbsent(descriptor.revision(), descriptor);
            revisions.add(descriptor.toRevision());
        }
        this.graph = RevisionGraph.of(revisions);
        this.migrations = Map.copyOf(byId);
        this.resolver = new TargetResolver(graph);
        this.planner = new Planner(graph);
        this.engine = new MigrationEngine(settings, graph, migrations);
    }

    /** Starts a configuration: database from the environment unless set, no migrations until added. */
    public static FluentConfiguration configure() {
        return new FluentConfiguration();
    }

    public MigratorSettings settings() {
        return settings;
    }

    /** The revision graph of the loaded migrations. */
    public RevisionGraph graph() {
        return graph;
    }

    /**
     * Upgrades to a target ({@code head}, {@code heads}, an id or prefix, {@code +2}, {@code label@head}...).
     *
     * @throws InvalidTargetException for a target that names nothing usable
     * @throws MigrationFailedException when a migration fails; it and everything after it did not run
     * @throws LockTimeoutException when another runner holds the lock for longer than the configured wait
     * @throws UnknownDatabaseRevisionException when the database is at a revision these migrations do not know
     * @throws ConnectionException when the database cannot be reached
     */
    public CommandResult upgrade(String target) {
        precheck(target, Direction.UPGRADE);
        return engine.run(upgradeCommand(target));
    }

    /**
     * Downgrades to a target ({@code -1}, {@code base}, an id or prefix, {@code label@-1}...): removes
     * the applied revisions after it, dependents first. Throws as {@link #upgrade(String)}.
     */
    public CommandResult downgrade(String target) {
        precheck(target, Direction.DOWNGRADE);
        return engine.run(downgradeCommand(target));
    }

    /**
     * Rewrites the version table to the targets without running any migration; {@code purge} empties it
     * first (and then also works on a database at an unknown revision).
     */
    public CommandResult stamp(List<String> targets, boolean purge) {
        for (String target : targets) {
            precheck(target, Direction.STAMP);
        }
        return engine.run(stampCommand(targets, purge));
    }

    /** Writes the SQL of an upgrade without connecting; {@code target} may be a {@code start:end} range. */
    public void upgradeSql(String target, Appendable out) {
        Range range = Range.parse(target, false);
        List<String> start = resolveAll(range.start(), List.of());
        engine.script(upgradeCommand(range.end().isEmpty() ? "heads" : range.end()), start, out);
    }

    /** Writes the SQL of a downgrade without connecting; the script cannot read the current revision, so give {@code start:end}. */
    public void downgradeSql(String range, Appendable out) {
        Range parsed = Range.parse(range, true);
        engine.script(downgradeCommand(parsed.end()), resolveAll(parsed.start(), List.of()), out);
    }

    /** Writes the SQL of a stamp without connecting; a single {@code start:end} target stamps from start. */
    public void stampSql(List<String> targets, boolean purge, Appendable out) {
        List<String> start = List.of();
        List<String> ends = targets;
        if (targets.size() == 1 && targets.get(0).contains(":")) {
            Range range = Range.parse(targets.get(0), true);
            start = resolveAll(range.start(), List.of());
            ends = List.of(range.end());
        }
        engine.script(stampCommand(ends, purge), start, out);
    }

    /**
     * The database's current revisions, the revisions applied only as their dependencies, and the
     * applied revisions whose source changed since they ran.
     *
     * @throws UnknownDatabaseRevisionException when the database is at a revision these migrations do not know
     */
    public CurrentState current() {
        MigrationEngine.State state = engine.state();
        Set<String> applied = planner.closure(state.rows());
        List<String> dependencyHeads = applied.stream().filter(id -> !state.rows().contains(id))
                .filter(id -> graph.children(id).stream().noneMatch(applied::contains))
                .sorted(Comparator.comparingInt(graph::order)).toList();
        return new CurrentState(infos(state.rows()), infos(dependencyHeads), state.changed());
    }

    /** The heads of the loaded migrations. */
    public List<RevisionInfo> heads() {
        return infos(graph.heads());
    }

    /** The branch points: revisions followed by more than one revision. */
    public List<RevisionInfo> branches() {
        return infos(graph.revisions().stream().map(Revision::id).filter(id -> graph.children(id).size() > 1).toList());
    }

    /**
     * Revisions newest first, as {@code alembic history}: all of them for a null or blank range, else
     * those in {@code start:end} ({@code start:}, {@code :end}; endpoints included; {@code current} and
     * relative endpoints read the database).
     */
    public List<RevisionInfo> history(String range) {
        List<String> ids;
        if (range == null || range.isBlank()) {
            ids = graph.revisions().stream().map(Revision::id).toList();
        } else {
            Range parsed = Range.parse(range, true);
            List<String> current = NEEDS_CURRENT.matcher(parsed.start()).matches()
                    || NEEDS_CURRENT.matcher(parsed.end()).matches() ? engine.state().rows() : List.of();
            List<String> lower = resolveAll(parsed.start(), current);
            List<String> upper = parsed.end().isEmpty() ? graph.heads() : resolver.resolve(parsed.end(), current);
            Set<String> inRange = planner.closure(upper);
            if (!lower.isEmpty()) {
                Set<String> above = new HashSet<>(lower);
                lower.forEach(id -> above.addAll(graph.descendants(id)));
                inRange.retainAll(above);
            }
            ids = inRange.stream().sorted(Comparator.comparingInt(graph::order)).toList();
        }
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);
        return infos(newestFirst);
    }

    /** The revisions a target names ({@code head}, {@code heads}, an id or prefix, a label, {@code current}). */
    public List<RevisionInfo> show(String revision) {
        List<String> current = NEEDS_CURRENT.matcher(revision.strip()).matches() ? engine.state().rows() : List.of();
        return infos(resolver.resolve(revision, current));
    }

    /** Compares the checksums recorded when revisions were applied with the loaded migrations'. */
    public ValidationResult validate() {
        return new ValidationResult(engine.state().changed());
    }

    /** One revision's description. */
    public RevisionInfo info(String revision) {
        Revision r = graph.get(revision);
        MigrationDescriptor descriptor = migrations.get(revision);
        List<String> children = graph.children(revision);
        return new RevisionInfo(r.id(), r.downRevisions(), r.dependsOn(), r.branchLabels(), children, r.message(),
                children.isEmpty(), children.isEmpty() && !graph.dependents(revision).isEmpty(), r.isBase(), r.isMerge(), children.size() > 1, descriptor.transactional(),
                descriptor.checksum(), descriptor.className());
    }

    private List<RevisionInfo> infos(Collection<String> ids) {
        return ids.stream().map(this::info).toList();
    }

    private Command upgradeCommand(String target) {
        return new Command(Direction.UPGRADE, rows -> planner.upgrade(rows, resolver.resolve(target, rows)), false);
    }

    private Command downgradeCommand(String target) {
        return new Command(Direction.DOWNGRADE,
                rows -> planner.downgrade(rows, resolver.resolveTarget(target, rows), target), false);
    }

    private Command stampCommand(List<String> targets, boolean purge) {
        return new Command(Direction.STAMP, rows -> planner.stamp(rows, resolveAll(targets, rows), purge), purge);
    }

    private List<String> resolveAll(String target, List<String> current) {
        return target.isEmpty() ? List.of() : resolver.resolve(target, current);
    }

    private List<String> resolveAll(List<String> targets, List<String> current) {
        Set<String> all = new TreeSet<>();
        targets.forEach(t -> all.addAll(resolver.resolve(t, current)));
        return List.copyOf(all);
    }

    /** Rejects a wrong-way relative target, and resolves absolute ones before connecting so typos fail fast. */
    private void precheck(String target, Direction direction) {
        String text = target == null ? "" : target.strip();
        if (direction == Direction.UPGRADE && text.matches("(?:[^@]+@)?-\\d+")) {
            throw new InvalidTargetException(target, "upgrade cannot go down to \"" + target + "\"; use downgrade "
                    + target);
        }
        if (direction == Direction.DOWNGRADE && text.matches("(?:[^@]+@)?\\+\\d+")) {
            throw new InvalidTargetException(target, "downgrade cannot go up to \"" + target + "\"; use upgrade "
                    + target);
        }
        if (!NEEDS_CURRENT.matcher(text).matches()) {
            resolver.resolve(target, List.of());
        }
    }

    /** {@code start:end}; without a colon the whole text is the end, from base. */
    private record Range(String start, String end) {
        static Range parse(String text, boolean colonRequired) {
            String value = text == null ? "" : text.strip();
            int colon = value.indexOf(':');
            if (colon < 0) {
                if (colonRequired) {
                    throw new InvalidTargetException(text, "\"" + text + "\" is not a range; write [start]:[end],"
                            + " start: or :end (offline downgrade needs the start: the script cannot read the database)");
                }
                return new Range("", value);
            }
            return new Range(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
        }
    }
}
