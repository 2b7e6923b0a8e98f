package io.omninode.migrations.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Downgrading to the base of one line: Alembic removes everything grown from the line's base
 * revisions; where that reaches beyond the line the user named, we refuse and say what Alembic would do.
 */
class LineBaseDowngradeTest {

    /* Two independent lines: a1 (main) - a2, and b1 (audit) - b2. */
    private static final RevisionGraph TWO_BASES = RevisionGraph.of(List.of(
            new Revision("a1", List.of(), List.of(), List.of("main"), "a1"),
            Revision.of("a2", "a1"),
            new Revision("b1", List.of(), List.of(), List.of("audit"), "b1"),
            Revision.of("b2", "b1")));

    /* One trunk t1 - t2 forking into x1 (feature) and y1. */
    private static final RevisionGraph TRUNK = RevisionGraph.of(List.of(
            Revision.of("t1"),
            Revision.of("t2", "t1"),
            new Revision("x1", List.of("t2"), List.of(), List.of("feature"), "x1"),
            Revision.of("y1", "t2")));

    private static final List<String> BOTH_HEADS = List.of("a2", "b2");

    private static Plan downgrade(RevisionGraph graph, List<String> current, String target) {
        ResolvedTarget resolved = new TargetResolver(graph).resolveTarget(target, current);
        return new Planner(graph).downgrade(current, resolved, target);
    }

    private static List<String> removed(Plan plan) {
        return plan.steps().stream().map(PlanStep::revisionId).toList();
    }

    @Test
    void labelMinusNPastTheFirstRevisionOfItsBranchRemovesThatBranchOnly() {
        Plan plan = downgrade(TWO_BASES, BOTH_HEADS, "audit@-2");

        assertThat(removed(plan)).containsExactly("b2", "b1");
        assertThat(plan.versionRowsAfter()).containsExactly("a2");
    }

    @Test
    void labelMinusOneStopsAtTheBranchsFirstRevision() {
        Plan plan = downgrade(TWO_BASES, BOTH_HEADS, "audit@-1");

        assertThat(removed(plan)).containsExactly("b2");
        assertThat(plan.versionRowsAfter()).containsExactly("a2", "b1");
    }

    @Test
    void labelAtBaseRemovesTheBranchOnly() {
        ResolvedTarget resolved = new TargetResolver(TWO_BASES).resolveTarget("audit@base", BOTH_HEADS);
        assertThat(resolved.revisions()).isEmpty();
        assertThat(resolved.lineRoots()).containsExactly("b1");

        assertThat(downgrade(TWO_BASES, BOTH_HEADS, "audit@base").versionRowsAfter()).containsExactly("a2");
    }

    @Test
    void revisionMinusNPastItsBaseIsRefusedBecauseAlembicThenRemovesEveryLine() {
        // Alembic's "b1-1" walks to "base" without a branch label: it removes a1 and a2 as well.
        assertThatThrownBy(() -> downgrade(TWO_BASES, BOTH_HEADS, "b1-1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("\"b1-1\" reaches base, and Alembic would then remove everything applied that grew from"
                        + " a1, b1, including a1, a2, which are not on the line of b1 (current heads a2, b2); to remove"
                        + " all of that, run downgrade base, or name a revision on the line to go down to");
    }

    @Test
    void revisionMinusNPastBaseOnTheOnlyAppliedLineRemovesItLikeAlembic() {
        Plan plan = downgrade(TWO_BASES, List.of("b2"), "b2-2");

        assertThat(removed(plan)).containsExactly("b2", "b1");
        assertThat(plan.versionRowsAfter()).isEmpty();
    }

    @Test
    void plainBaseStillRemovesEverything() {
        Plan plan = downgrade(TWO_BASES, BOTH_HEADS, "base");

        assertThat(removed(plan)).containsExactlyInAnyOrder("a1", "a2", "b1", "b2");
        assertThat(plan.versionRowsAfter()).isEmpty();
    }

    @Test
    void labelAtBaseSharingItsRootWithAnotherBranchIsRefusedNamingWhatAlembicRemoves() {
        assertThatThrownBy(() -> downgrade(TRUNK, List.of("x1", "y1"), "feature@base"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("\"feature@base\" reaches base, and Alembic would then remove everything applied that"
                        + " grew from t1, including y1, which is not on the line of x1 (current heads x1, y1); to"
                        + " remove all of that, run downgrade base, or name a revision on the line to go down to");
    }

    @Test
    void labelAtBaseOnALineWithoutOtherAppliedBranchesRemovesTheTrunkToLikeAlembic() {
        // Alembic's feature@base goes down to t1, the base below feature: t1 and t2 go as well.
        Plan plan = downgrade(TRUNK, List.of("x1"), "feature@base");

        assertThat(removed(plan)).containsExactly("x1", "t2", "t1");
        assertThat(plan.versionRowsAfter()).isEmpty();
    }

    @Test
    void walkingPastTheTrunksBaseWithAnotherBranchAppliedIsRefused() {
        assertThatThrownBy(() -> downgrade(TRUNK, List.of("x1", "y1"), "feature@-3"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Alembic would then remove everything applied that grew from t1, including y1");
    }

    @Test
    void theRootOfASharedTrunkAtBaseIsTheExplicitFormAndRemovesEverythingAbove() {
        Plan plan = downgrade(TRUNK, List.of("x1", "y1"), "t1@base");

        assertThat(removed(plan)).containsExactlyInAnyOrder("x1", "y1", "t2", "t1");
        assertThat(plan.versionRowsAfter()).isEmpty();
    }
}
