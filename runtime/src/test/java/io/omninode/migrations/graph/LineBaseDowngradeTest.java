package io.omninode.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Downgrading to the base of one branch leaves the other branches applied, as in Alembic. */
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
        assertThat(plan.headsAfter()).containsExactly("a2");
    }

    @Test
    void labelMinusOneStopsAtTheBranchsFirstRevision() {
        Plan plan = downgrade(TWO_BASES, BOTH_HEADS, "audit@-1");

        assertThat(removed(plan)).containsExactly("b2");
        assertThat(plan.headsAfter()).containsExactly("a2", "b1");
    }

    @Test
    void labelAtBaseRemovesTheBranchOnly() {
        ResolvedTarget resolved = new TargetResolver(TWO_BASES).resolveTarget("audit@base", BOTH_HEADS);
        assertThat(resolved.revisions()).isEmpty();
        assertThat(resolved.lineRoots()).containsExactly("b1");

        assertThat(downgrade(TWO_BASES, BOTH_HEADS, "audit@base").headsAfter()).containsExactly("a2");
    }

    @Test
    void revisionMinusNPastItsBaseRemovesThatLineOnly() {
        assertThat(downgrade(TWO_BASES, BOTH_HEADS, "b1-1").headsAfter()).containsExactly("a2");
        assertThat(downgrade(TWO_BASES, BOTH_HEADS, "b2-2").headsAfter()).containsExactly("a2");
    }

    @Test
    void plainBaseStillRemovesEverything() {
        Plan plan = downgrade(TWO_BASES, BOTH_HEADS, "base");

        assertThat(removed(plan)).containsExactlyInAnyOrder("a1", "a2", "b1", "b2");
        assertThat(plan.headsAfter()).isEmpty();
    }

    @Test
    void baseOfABranchThatForksFromATrunkKeepsTheTrunkAndTheOtherBranch() {
        Plan plan = downgrade(TRUNK, List.of("x1", "y1"), "feature@base");

        assertThat(removed(plan)).containsExactly("x1");
        assertThat(plan.headsAfter()).containsExactly("y1");
    }

    @Test
    void walkingPastTheTrunksBaseRemovesWhatDescendsFromIt() {
        Plan plan = downgrade(TRUNK, List.of("x1", "y1"), "feature@-3");

        assertThat(removed(plan)).containsExactlyInAnyOrder("x1", "y1", "t2", "t1");
        assertThat(plan.headsAfter()).isEmpty();
    }
}
