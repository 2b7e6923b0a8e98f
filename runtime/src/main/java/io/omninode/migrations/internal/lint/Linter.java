package io.omninode.migrations.internal.lint;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.Hazard;
import io.omninode.migrations.HazardRule;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.annotations.AllowHazards;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.internal.engine.ChangeRecorder;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code lint}: records every revision's changes without a database, applies them in memory to know the
 * schema before each linted revision, runs the static rules, measures each revision on the scratch database
 * when there is one, and matches the findings with the migration's {@code @AllowHazards}.
 */
public final class Linter {

    private final RevisionGraph graph;
    private final Map<String, MigrationDescriptor> migrations;
    private final boolean runtimeLockTimeout;

    /**
     * @param runtimeLockTimeout whether the configuration has the runtime set {@code lock_timeout} on every
     *     migration (the default), which satisfies {@code require-timeout-settings}
     */
    public Linter(RevisionGraph graph, Map<String, MigrationDescriptor> migrations, boolean runtimeLockTimeout) {
        this.graph = graph;
        this.migrations = Map.copyOf(migrations);
        this.runtimeLockTimeout = runtimeLockTimeout;
    }

    /**
     * Lints {@code selected} (in any order; linted parents first), measured on {@code scratch} if present: an
     * empty database where every revision up to the last selected one is applied, committed, after its
     * measurement.
     */
    public LintReport lint(List<String> selected, Optional<DataSource> scratch) {
        if (scratch.isEmpty()) {
            return lint(selected, (Connection) null);
        }
        try (Connection connection = scratch.get().getConnection()) {
            return lint(selected, connection);
        } catch (SQLException e) {
            throw new ConfigurationException("cannot reach the scratch database: " + e.getMessage() + " (SQLSTATE "
                    + e.getSQLState() + ")", e);
        }
    }

    private LintReport lint(List<String> selected, Connection scratch) {
        Set<String> wanted = new HashSet<>(selected);
        Set<String> needed = graph.withAncestors(selected);
        Map<String, Schema> after = new HashMap<>();
        List<String> linted = new ArrayList<>();
        List<Hazard> hazards = new ArrayList<>();
        List<LintReport.UnusedAllowance> unused = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean measuring = scratch != null;
        for (Revision revision : graph.revisions()) {
            if (!needed.contains(revision.id())) {
                continue;
            }
            MigrationDescriptor descriptor = migrations.get(revision.id());
            MigrationScript script = descriptor.factory().get();
            ChangeRecorder.Recording recording = ChangeRecorder.offline(script);
            Schema before = revision.downRevisions().isEmpty() ? Schema.EMPTY
                    : after.getOrDefault(revision.downRevisions().get(0), Schema.EMPTY);
            after.put(revision.id(), applied(before, recording.changes()));
            if (!wanted.contains(revision.id())) {
                measuring = measuring && build(scratch, revision, descriptor, notes);
                continue;
            }
            linted.add(revision.id());
            recording.stoppedBy().ifPresent(why -> notes.add(revision.id() + ": the static rules saw the changes"
                    + " before the upgrade stopped offline (" + why + "); the measurement sees all of it"));
            List<Finding> findings = new ArrayList<>(StaticRules.check(recording.changes(), before,
                    descriptor.transactional(), runtimeLockTimeout));
            boolean measured = false;
            if (measuring && !descriptor.transactional()) {
                notes.add(revision.id() + ": not measured: @Migration(transactional = false) cannot run inside the"
                        + " transaction lint inspects and rolls back; the static rules still apply");
            } else if (measuring) {
                try {
                    ScratchMeasurement.Result result = ScratchMeasurement.measure(scratch, script);
                    result.notes().forEach(note -> notes.add(revision.id() + ": " + note));
                    findings.addAll(result.findings());
                    measured = true;
                } catch (SQLException e) {
                    throw new ConfigurationException("the scratch database failed while measuring " + revision.id()
                            + ": " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
                }
            }
            measuring = measuring && build(scratch, revision, descriptor, notes);
            allow(descriptor, script, findings, measured, hazards, unused);
        }
        return new LintReport(linted, hazards, unused, notes, scratch != null);
    }

    /**
     * Applies the revision on the scratch database for good, as the engine would (in a transaction unless it
     * is non-transactional), so the next revisions meet the schema before them; false when it fails there.
     */
    private static boolean build(Connection scratch, Revision revision, MigrationDescriptor descriptor,
            List<String> notes) {
        try {
            scratch.setAutoCommit(!descriptor.transactional());
            try {
                ChangeRecorder.online(descriptor.factory().get(), scratch);
                if (descriptor.transactional()) {
                    scratch.commit();
                }
                return true;
            } finally {
                if (!scratch.getAutoCommit()) {
                    scratch.rollback();
                }
                scratch.setAutoCommit(true);
            }
        } catch (Exception e) {
            notes.add(revision.id() + ": fails on the scratch database (" + ScratchMeasurement.message(e) + "); the revisions after"
                    + " it are not measured");
            return false;
        }
    }

    private static Schema applied(Schema before, List<SchemaChange> changes) {
        Schema schema = before;
        for (SchemaChange change : changes) {
            try {
                schema = schema.apply(change);
            } catch (RuntimeException e) {
                // the schema model refuses what it cannot follow (objects made by raw SQL): keep going without it
            }
        }
        return schema;
    }

    private static void allow(MigrationDescriptor descriptor, MigrationScript script, List<Finding> findings,
            boolean measured, List<Hazard> hazards, List<LintReport.UnusedAllowance> unused) {
        AllowHazards allowance = script.getClass().getAnnotation(AllowHazards.class);
        Set<String> allowed = allowance == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(allowance.value()));
        Set<String> used = new HashSet<>();
        for (Finding finding : findings) {
            boolean isAllowed = allowed.contains(finding.rule().code());
            if (isAllowed) {
                used.add(finding.rule().code());
            }
            hazards.add(new Hazard(finding.rule(), descriptor.revision(), descriptor.className(), finding.operation(),
                    isAllowed ? Optional.of(allowance.reason()) : Optional.empty()));
        }
        for (String code : allowed) {
            // a measured code cannot be judged unused when the revision was not measured
            boolean judged = measured || HazardRule.byCode(code).map(r -> !r.measured()).orElse(true);
            if (!used.contains(code) && judged) {
                unused.add(new LintReport.UnusedAllowance(descriptor.revision(), descriptor.className(), code));
            }
        }
    }
}
