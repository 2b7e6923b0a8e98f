package io.omninode.migrations.internal.plan;

import io.omninode.migrations.graph.Revision;
import java.util.List;

/**
 * One step of a {@link Plan}: a revision to upgrade or downgrade (or, for a stamp, none), and the
 * version-table rows before and after it, which is what the step writes into the version table.
 *
 * <pre>{@code
 * for (PlanStep step : plan.steps()) {
 *     System.out.println(step.versionRowsBefore() + " -> " + step.versionRowsAfter());
 * }
 * }</pre>
 *
 * @param revision the revision run by this step, or {@code null} for a stamp
 * @param upgrade whether the revision's upgrade (rather than downgrade) runs
 * @param versionRowsBefore the version rows before the step, sorted
 * @param versionRowsAfter the version rows after the step, sorted
 */
public record PlanStep(Revision revision, boolean upgrade, List<String> versionRowsBefore,
        List<String> versionRowsAfter) {

    public PlanStep {
        versionRowsBefore = List.copyOf(versionRowsBefore);
        versionRowsAfter = List.copyOf(versionRowsAfter);
    }

    /** The revision id, or {@code null} for a stamp. */
    public String revisionId() {
        return revision == null ? null : revision.id();
    }

    /** Rows this step removes from the version table. */
    public List<String> removedVersionRows() {
        return versionRowsBefore.stream().filter(id -> !versionRowsAfter.contains(id)).toList();
    }

    /** Rows this step adds to the version table. */
    public List<String> addedVersionRows() {
        return versionRowsAfter.stream().filter(id -> !versionRowsBefore.contains(id)).toList();
    }

    @Override
    public String toString() {
        return (revision == null ? "stamp" : (upgrade ? "upgrade " : "downgrade ") + revision.id())
                + " " + versionRowsBefore + " -> " + versionRowsAfter;
    }
}
