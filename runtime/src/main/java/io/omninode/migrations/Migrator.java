package io.omninode.migrations;

import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.config.MigratorSettings;
import io.omninode.migrations.graph.InvalidRevisionGraphException;
import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.graph.Target;
import io.omninode.migrations.graph.TargetRange;
import io.omninode.migrations.internal.check.LiveComparison;
import io.omninode.migrations.internal.engine.ChangeScript;
import io.omninode.migrations.internal.engine.Command;
import io.omninode.migrations.internal.engine.MigrationEngine;
import io.omninode.migrations.internal.introspect.ServerCanonicalForm;
import io.omninode.migrations.internal.lint.Linter;
import io.omninode.migrations.internal.lint.ScratchGuard;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

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

    private final MigratorSettings settings;
    private final RevisionGraph graph;
    private final Map<String, MigrationDescriptor> migrations;
    private final MigrationEngine engine;
    private final LiveComparison liveComparison;

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
        this.engine = new MigrationEngine(settings, graph, migrations);
        this.liveComparison = new LiveComparison(settings, graph);
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
        return upgrade(Target.parse(target));
    }

    /** Upgrades to a parsed target; throws as {@link #upgrade(String)}. */
    public CommandResult upgrade(Target target) {
        return engine.run(new Command.Upgrade(target));
    }

    /**
     * Downgrades to a target ({@code -1}, {@code base}, an id or prefix, {@code label@-1}...): removes
     * the applied revisions after it, dependents first. Throws as {@link #upgrade(String)}.
     */
    public CommandResult downgrade(String target) {
        return downgrade(Target.parse(target));
    }

    /** Downgrades to a parsed target; throws as {@link #upgrade(String)}. */
    public CommandResult downgrade(Target target) {
        return engine.run(new Command.Downgrade(target));
    }

    /**
     * Rewrites the version table to the targets without running any migration; {@code purge} empties it
     * first (and then also works on a database at an unknown revision).
     */
    public CommandResult stamp(List<String> targets, boolean purge) {
        return engine.run(new Command.Stamp(parseAll(targets), purge));
    }

    /** Writes the SQL of an upgrade without connecting; {@code target} may be a {@code start:end} range. */
    public void upgradeSql(String target, Appendable out) {
        TargetRange range = TargetRange.parseFromBase(target);
        engine.script(new Command.Upgrade(range.end().orElseGet(Target.Heads::new)), range.start(), out);
    }

    /** Writes the SQL of a downgrade without connecting; the script cannot read the current revision, so give {@code start:end}. */
    public void downgradeSql(String range, Appendable out) {
        TargetRange parsed = TargetRange.parse(range);
        engine.script(new Command.Downgrade(parsed.requireEnd()), parsed.start(), out);
    }

    /** Writes the SQL of a stamp without connecting; a single {@code start:end} target stamps from start. */
    public void stampSql(List<String> targets, boolean purge, Appendable out) {
        if (targets.size() == 1 && TargetRange.isRange(targets.get(0))) {
            TargetRange range = TargetRange.parse(targets.get(0));
            engine.script(new Command.Stamp(List.of(range.requireEnd()), purge), range.start(), out);
        } else {
            engine.script(new Command.Stamp(parseAll(targets), purge), Optional.empty(), out);
        }
    }

    /**
     * The database's current revisions, the revisions applied only as their dependencies, and the
     * applied revisions whose source changed since they ran.
     *
     * @throws UnknownDatabaseRevisionException when the database is at a revision these migrations do not know
     */
    public CurrentState current() {
        MigrationEngine.State state = engine.state();
        return new CurrentState(infos(state.versionRows()), infos(graph.dependencyHeads(state.versionRows())),
                state.changed());
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
        boolean all = range == null || range.isBlank();
        return infos(engine.history(all ? new TargetRange(Optional.empty(), Optional.empty()) : TargetRange.parse(range)));
    }

    /** The revisions a target names ({@code head}, {@code heads}, an id or prefix, a label, {@code current}). */
    public List<RevisionInfo> show(String revision) {
        return show(Target.parse(revision));
    }

    /** The revisions a parsed target names, as {@link #show(String)}. */
    public List<RevisionInfo> show(Target target) {
        return infos(engine.resolve(target));
    }

    /**
     * For application start-up: passes only when the database is at the head revision(s), no applied
     * migration was edited since it ran, and the live schema matches the entities and the snapshot of
     * its revision (when the classpath has entities or {@link FluentConfiguration#schemaDir} has the
     * snapshot; without either, the schema is not compared).
     *
     * <pre>{@code
     * Migrator.configure().dataSource(ds).classLoader(loader).load().validate(); // throws when unfit to serve
     * }</pre>
     *
     * <p>Before issue 12 this returned the checksum mismatches instead of throwing; the return type is kept
     * so existing callers compile, and a returned result is always {@link ValidationResult#valid() valid}.
     * {@link #current()} still lists mismatches without throwing.
     *
     * @throws UnknownDatabaseRevisionException when the database is at a revision these migrations do not know
     * @throws ChecksumMismatchException when an applied migration's source changed since it ran
     * @throws DatabaseNotUpToDateException when the database is behind (or beside) the head revision(s)
     * @throws SchemaDriftException when the live schema differs from the expected one
     */
    public ValidationResult validate() {
        Optional<SchemaCheck> check = engine.inspect((connection, state) -> {
            if (!state.changed().isEmpty()) {
                throw new ChecksumMismatchException(state.changed());
            }
            return liveComparison.checkIfExpected(connection, state.versionRows());
        });
        if (check.isPresent() && !check.get().clean()) {
            throw new SchemaDriftException(check.get());
        }
        return new ValidationResult(List.of());
    }

    /**
     * Compares the live database with the entity snapshot on the classpath and with the snapshot of
     * its revision in {@link FluentConfiguration#schemaDir} (Alembic's {@code check}, plus drift made
     * outside migrations). Reads only; the database must be at the head revision(s).
     *
     * <pre>{@code
     * SchemaCheck check = migrator.check();
     * if (!check.clean()) check.lines().forEach(System.out::println);
     * }</pre>
     *
     * @throws DatabaseNotUpToDateException when the database is not at the head revision(s)
     * @throws ConfigurationException when there is neither an entity snapshot nor the revision's snapshot
     * @throws UnknownDatabaseRevisionException when the database is at a revision these migrations do not know
     */
    public SchemaCheck check() {
        return engine.inspect((connection, state) -> liveComparison.check(connection, state.versionRows()));
    }

    /**
     * The live schema of the database, every schema except the server's own, without the version and
     * audit tables: what {@code omninode-migrate snapshot} writes and {@code diff} compares. Works on any
     * database, whatever its version table holds.
     */
    public DatabaseSchema readSchema() {
        return engine.connected(liveComparison::read);
    }

    /**
     * The requirement of autogenerating against the database: its version rows are the heads.
     *
     * @throws DatabaseNotUpToDateException when they are not
     */
    public void requireAtHead() {
        engine.inspect((connection, state) -> {
            liveComparison.requireHeads(state.versionRows());
            return state;
        });
    }

    /**
     * Writes a diff's changes as an SQL script, each statement ending with a semicolon, runnable as it is
     * by {@code psql -v ON_ERROR_STOP=1}; destructive steps are preceded by a {@code -- destructive:} comment.
     * The same rendering as migrations and {@code --sql}.
     */
    public static void writeSql(DiffResult diff, Appendable out) {
        ChangeScript.write(diff, out);
    }

    /**
     * {@code expected} (entities, a snapshot) as this database's server prints it — expressions, defaults,
     * constraint names — so that comparing it with {@link #readSchema()} shows no false differences. Asks
     * the server in a transaction that is rolled back; changes nothing.
     */
    public Schema asServerPrints(Schema expected) {
        return engine.connected(connection -> ServerCanonicalForm.of(connection, expected));
    }

    /**
     * Reviews migrations for hazards before they run: rules on each revision's schema changes against the
     * schema before it, and, with a scratch database, the revision run there on tables with rows inside a
     * transaction that is inspected (locks, rewrites, failures) and rolled back. Reads only the configured
     * database's version table (not even that for {@link LintRequest#all()}); the scratch database must be
     * empty and another database than the configured one.
     *
     * <pre>{@code
     * LintReport report = migrator.lint(LintRequest.unapplied().measuredOn(scratch));
     * if (report.failed()) report.hazards().forEach(h -> log.error(h.rule().code() + ": " + h.operation()));
     * }</pre>
     *
     * @throws ConfigurationException when the scratch database is not empty or is the configured database
     */
    public LintReport lint(LintRequest request) {
        List<String> selected;
        if (request.everyRevision()) {
            selected = graph.revisions().stream().map(Revision::id).toList();
        } else if (request.range().isPresent()) {
            selected = engine.history(TargetRange.parse(request.range().get()));
        } else {
            Set<String> applied = graph.withAncestors(engine.versionRows());
            selected = graph.revisions().stream().map(Revision::id).filter(id -> !applied.contains(id)).toList();
        }
        boolean targetRead = !request.everyRevision() && request.range().isEmpty();
        request.scratch().ifPresent(scratch -> requireScratch(scratch, targetRead));
        return new Linter(graph, migrations, settings.lockTimeout() != null).lint(selected, request.scratch());
    }

    private void requireScratch(DataSource dataSource, boolean targetRead) {
        ScratchGuard.requireEmpty(dataSource);
        try {
            engine.connected(target -> {
                ScratchGuard.requireOther(dataSource, target);
                return null;
            });
        } catch (ConnectionException unreachable) {
            if (targetRead) {
                throw unreachable;
            }
            // --all and a range need no configured database; an unreachable one cannot be the scratch database
        }
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

    private static List<Target> parseAll(List<String> targets) {
        return targets.stream().map(Target::parse).toList();
    }
}
