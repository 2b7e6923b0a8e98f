package io.omninode.migrations.internal.plan;

import io.omninode.migrations.graph.Revision;
import java.util.List;

/**
 * One step of a {@link Plan}: a revision to upgrade or downgrade (or, for a stamp, none), and the
 * version-table rows before and after it, which is what the step writes into the version table.
 *
 * <pre>{@code
 * for (PlanStep step : plan.steps()) {
 *     System.out.println(step.headsBefore() + " -> " + step.headsAfter());
 * }
 * }</pre>
 *
 * @param revision the revision run by this step, or {@code null} for a stamp
 * @param upgrade whether the revision's upgrade (rather than downgrade) runs
 * @param headsBefore the version rows before the step, sorted
 * @param headsAfter the version rows after the step, sorted
 */
public record PlanStep(Revision revision, boolean upgrade, List<String> headsBefore, List<String> headsAfter) {

    public PlanStep {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    /** The revision id, or {@code null} for a stamp. */
    public String revisionId() {
        return revision == null ? null : revision.id();
    }

    /** Rows this step removes from the version table. */
    public List<String> removedRows() {
        return headsBefore.stream().filter(id -> !headsAfter.contains(id)).toList();
    }

    /** Rows this step adds to the version table. */
    public List<String> addedRows() {
        return headsAfter.stream().filter(id -> !headsBefore.contains(id)).toList();
    }

    @Override
    public String toString() {
        return (revision == null ? "stamp" : (upgrade ? "upgrade " : "downgrade ") + revision.id())
                + " " + headsBefore + " -> " + headsAfter;
    }
}
