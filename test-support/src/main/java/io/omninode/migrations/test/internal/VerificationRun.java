package io.omninode.migrations.test.internal;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.CommandResult;
import io.omninode.migrations.DatabaseSchema;
import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationsException;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.SchemaCheck;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.test.MigrationStep;
import io.omninode.migrations.test.MigrationVerificationError;
import io.omninode.migrations.test.StepCallback;
import io.omninode.migrations.test.Verification;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One verification on a scratch database: every revision upgraded alone, in {@link UpgradeOrder}, the live
 * schema compared with the revision's snapshot after each; then every revision downgraded alone, newest
 * first, the live schema compared with the one read before its upgrade (and with the snapshot of the
 * revision it returns to). Stops at the first step that misbehaves.
 */
public final class VerificationRun {

    private static final System.Logger LOG = System.getLogger(VerificationRun.class.getName());
    private static final String DOWNGRADE_FIX = "Fix the downgrade so that it undoes everything the upgrade did, and"
            + " only that.";

    private final Migrator migrator;
    private final ScratchDatabase database;
    private final SnapshotFolder snapshots;
    private final DataChecks data;
    private final boolean requireSnapshots;
    private final Set<String> compared = new LinkedHashSet<>();
    private final Set<String> withoutSnapshot = new LinkedHashSet<>();
    private int steps;

    /**
     * @param seed run before each step, or {@code null}
     * @param check run after each step instead of comparing row counts, or {@code null}
     */
    public VerificationRun(Migrator migrator, ScratchDatabase database, java.nio.file.Path schemaDir,
            StepCallback seed, StepCallback check, boolean requireSnapshots) {
        this.migrator = migrator;
        this.database = database;
        this.snapshots = new SnapshotFolder(schemaDir);
        this.data = new DataChecks(database, seed, check);
        this.requireSnapshots = requireSnapshots;
    }

    /** @throws MigrationVerificationError at the first step that misbehaves */
    public Verification verify(String server, long startNanos) {
        List<Revision> order = UpgradeOrder.of(migrator.graph());
        List<DatabaseSchema> states = new ArrayList<>(List.of(migrator.readSchema()));
        for (Revision revision : order) {
            MigrationStep step = step(revision, Direction.UPGRADE);
            states.add(move(step, states.get(states.size() - 1), () -> migrator.upgrade(revision.id()), live -> { }));
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Revision revision = order.get(i);
            MigrationStep step = step(revision, Direction.DOWNGRADE);
            DatabaseSchema before = states.get(i);
            String what = i == 0 ? "the new database's schema (base: empty)"
                    : "the schema before its upgrade (revision " + order.get(i - 1).id() + " applied last)";
            move(step, states.get(i + 1), () -> migrator.downgrade(undoing(revision)), live -> {
                requireMatch(step, live, before.schema(), what, "does not restore " + what, DOWNGRADE_FIX);
                requireSameOutsideModel(step, live, before, what);
            });
        }
        withoutSnapshot.removeAll(compared);
        return new Verification(server, order.stream().map(Revision::id).toList(), List.copyOf(compared),
                List.copyOf(withoutSnapshot), steps, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /**
     * Runs one step between its data checks; compares the result first with {@code roundTrip} (for a
     * downgrade, the schema before the upgrade), then with the snapshot of where it lands.
     */
    private DatabaseSchema move(MigrationStep step, DatabaseSchema before, Supplier<CommandResult> command,
            Consumer<DatabaseSchema> roundTrip) {
        Optional<RowCounts> counts = data.before(step, before.schema());
        CommandResult result;
        try {
            result = command.get();
        } catch (MigrationsException e) {
            throw new MigrationVerificationError(step, capitalized(step.describe()) + " failed: " + e.getMessage(),
                    List.of(), e);
        }
        steps++;
        List<String> ran = result.steps().stream().map(AppliedStep::revision).toList();
        if (!ran.equals(List.of(step.revision()))) {
            throw new MigrationVerificationError(step, capitalized(step.describe()) + " ran " + ran + " instead of "
                    + step.revision() + " alone; the verifier moves one revision at a time in the graph's order,"
                    + " so this graph has a shape it cannot walk (please report it with the output of"
                    + " omninode-migrate graph)", List.of(), null);
        }
        DatabaseSchema after = migrator.readSchema();
        roundTrip.accept(after);
        compareWithSnapshot(step, result.headsAfter(), after);
        data.after(step, counts, after.schema());
        return after;
    }

    /**
     * A snapshot describes a database at that one revision, so only a step that leaves a single head is
     * compared with one; the others are verified by the round trip.
     */
    private void compareWithSnapshot(MigrationStep step, List<String> heads, DatabaseSchema live) {
        if (heads.size() != 1) {
            withoutSnapshot.addAll(heads);
            return;
        }
        String head = heads.get(0);
        if (compared.contains(head)) {
            // back at a state compared on the way up, and equal to it (the round trip passed): equal to its snapshot
            return;
        }
        Optional<Schema> snapshot = snapshots.of(head);
        if (snapshot.isEmpty()) {
            if (requireSnapshots) {
                throw new MigrationVerificationError(step, capitalized(step.describe()) + " leads to revision " + head
                        + ", which has no snapshot " + snapshots.file(head) + "; compile with"
                        + " -Aomninode.migrations.schemaDir=" + snapshots.folder() + " while it is the head, or"
                        + " write it with omninode-migrate snapshot, or drop requireSnapshots()", List.of(), null);
            }
            if (withoutSnapshot.add(head)) {
                LOG.log(System.Logger.Level.WARNING, "revision {0} has no snapshot {1}: verified by the round trip"
                        + " (upgrade then downgrade) only", head, snapshots.file(head));
            }
            return;
        }
        String what = "the snapshot of revision " + head + " (" + snapshots.file(head) + ")";
        String fix = step.isUpgrade()
                ? "Fix the upgrade; or, if the migration is right and the snapshot is stale, write the snapshot again"
                        + " (omninode-migrate snapshot on a database at this revision)."
                : DOWNGRADE_FIX;
        requireMatch(step, live, migrator.asServerPrints(snapshot.get().withRenameHints(List.of())),
                "the snapshot of revision " + head, "does not produce " + what, fix);
        compared.add(head);
    }

    private static void requireMatch(MigrationStep step, DatabaseSchema live, Schema expected, String against,
            String problem, String fix) {
        DiffResult diff = SchemaDiff.compare(live.schema(), expected);
        if (diff.isEmpty()) {
            return;
        }
        SchemaCheck check = new SchemaCheck(List.of(step.revision()), List.of(against), diff.changes(),
                SchemaCheck.Difference.of(live.schema(), diff), live.notCompared());
        String message = capitalized(step.describe()) + " " + problem + ".\nDifferences (each line is what would make"
                + " the database match):\n" + String.join("\n", check.lines()) + "\n" + fix;
        throw new MigrationVerificationError(step, message, check.lines(), null);
    }

    /**
     * Views, triggers, functions and the like are outside the schema model, so no diff sees them; the
     * round trip still requires the downgrade to leave the same ones as before the upgrade.
     */
    private static void requireSameOutsideModel(MigrationStep step, DatabaseSchema live, DatabaseSchema before,
            String what) {
        List<String> lines = new ArrayList<>();
        live.notCompared().stream().filter(o -> !before.notCompared().contains(o))
                .forEach(o -> lines.add("  left behind: " + o));
        before.notCompared().stream().filter(o -> !live.notCompared().contains(o))
                .forEach(o -> lines.add("  missing: " + o));
        if (!lines.isEmpty()) {
            throw new MigrationVerificationError(step, capitalized(step.describe()) + " does not restore " + what
                    + " outside the schema model:\n" + String.join("\n", lines) + "\n" + DOWNGRADE_FIX, lines, null);
        }
    }

    /** The downgrade target that removes this revision alone when it was applied last. */
    private static String undoing(Revision revision) {
        // a merge has no single line to walk down ("-1" is ambiguous there): going to one of its parents
        // removes only the merge, as every other revision after that parent is already downgraded
        return revision.isMerge() ? revision.downRevisions().get(0) : revision.id() + "@-1";
    }

    private MigrationStep step(Revision revision, Direction direction) {
        String className = migrator.info(revision.id()).className();
        return new MigrationStep(revision.id(), className, revision.message(), direction);
    }

    static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The optional seed before each step, and the row counts (or the user's check) after it. */
    private record DataChecks(ScratchDatabase database, StepCallback seed, StepCallback check) {

        Optional<RowCounts> before(MigrationStep step, Schema schema) {
            if (seed == null) {
                return Optional.empty();
            }
            return withConnection(step, "the seed before", connection -> {
                seed.run(connection, step);
                return check == null ? Optional.of(RowCounts.of(connection, schema)) : Optional.empty();
            });
        }

        void after(MigrationStep step, Optional<RowCounts> before, Schema schema) {
            if (check != null) {
                withConnection(step, "the data check after", connection -> {
                    check.run(connection, step);
                    return null;
                });
            }
            if (before.isEmpty()) {
                return;
            }
            List<String> lost = withConnection(step, "counting rows after",
                    connection -> before.get().lostIn(RowCounts.of(connection, schema)));
            if (!lost.isEmpty()) {
                throw new MigrationVerificationError(step, capitalized(step.describe()) + " lost seeded rows:\n  "
                        + String.join("\n  ", lost) + "\nA step must keep the rows of the tables it keeps: copy them"
                        + " before recreating a table, or give seed(seed, check) a check of your own if the loss"
                        + " is intended.", List.of(), null);
            }
        }

        private <T> T withConnection(MigrationStep step, String what, ConnectionWork<T> work) {
            try (Connection connection = database.connect()) {
                return work.run(connection);
            } catch (MigrationVerificationError e) {
                throw e;
            } catch (Exception | AssertionError e) {
                String detail = e instanceof SQLException sql ? " (SQLSTATE " + sql.getSQLState() + ")" : "";
                throw new MigrationVerificationError(step, capitalized(what) + " " + step.describe() + " failed: "
                        + e.getMessage() + detail, List.of(), e);
            }
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws Exception;
    }
}
