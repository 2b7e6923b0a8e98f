package io.omninode.migrations.internal.lint;

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
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@code lint}: records every revision's changes without a database, applies them in memory to know the
 * schema before each linted revision, runs the static rules, measures each revision on the scratch database
 * when there is one, and matches the findings with the migration's {@code @AllowHazards}.
 */
public final class Linter {

    /**
     * The scratch database: where to connect, how to bring it to a revision with the real engine, and the
     * tables (version, audit) that get no rows.
     */
    public record Scratch(DataSource dataSource, Consumer<String> upgradeTo, Set<String> skippedTables) {

        public Scratch {
            skippedTables = Set.copyOf(skippedTables);
        }
    }

    private final RevisionGraph graph;
    private final Map<String, MigrationDescriptor> migrations;

    public Linter(RevisionGraph graph, Map<String, MigrationDescriptor> migrations) {
        this.graph = graph;
        this.migrations = Map.copyOf(migrations);
    }

    /** Lints {@code selected} (in any order; linted parents first), measured on {@code scratch} if present. */
    public LintReport lint(List<String> selected, Optional<Scratch> scratch) {
        Set<String> wanted = new HashSet<>(selected);
        Set<String> needed = graph.withAncestors(selected);
        Map<String, Schema> after = new HashMap<>();
        List<String> linted = new ArrayList<>();
        List<Hazard> hazards = new ArrayList<>();
        List<LintReport.UnusedAllowance> unused = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean measuring = scratch.isPresent();
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
                continue;
            }
            linted.add(revision.id());
            recording.stoppedBy().ifPresent(why -> notes.add(revision.id() + ": the static rules saw the changes"
                    + " before the upgrade stopped offline (" + why + "); the measurement sees all of it"));
            List<Finding> findings = new ArrayList<>(StaticRules.check(recording.changes(), before,
                    descriptor.transactional()));
            boolean measured = false;
            if (measuring && !descriptor.transactional()) {
                notes.add(revision.id() + ": not measured: @Migration(transactional = false) cannot run inside the"
                        + " transaction lint inspects and rolls back; the static rules still apply");
            } else if (measuring) {
                try {
                    findings.addAll(measure(scratch.get(), revision, script, notes));
                    measured = true;
                } catch (RuntimeException | SQLException e) {
                    notes.add(revision.id() + ": the scratch database could not be brought to its parent (" + e.getMessage()
                            + "); it and the revisions after it are not measured");
                    measuring = false;
                }
            }
            allow(descriptor, script, findings, measured, hazards, unused);
        }
        return new LintReport(linted, hazards, unused, notes, scratch.isPresent());
    }

    private static List<Finding> measure(Scratch scratch, Revision revision, MigrationScript script,
            List<String> notes) throws SQLException {
        revision.downRevisions().forEach(scratch.upgradeTo());
        revision.dependsOn().forEach(scratch.upgradeTo());
        try (Connection connection = scratch.dataSource().getConnection()) {
            ScratchMeasurement.Result result = ScratchMeasurement.measure(connection, script, scratch.skippedTables());
            result.notes().forEach(note -> notes.add(revision.id() + ": " + note));
            return result.findings();
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
