package io.omninode.migrations.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

    /*
     * a1 - a2 - b1 \
     *          \    m1 - m2
     *           c1 /
     * d1 (a second base); e1 depends on d1 and follows m2
     */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            Revision.of("a1"),
            Revision.of("a2", "a1"),
            Revision.of("b1", "a2"),
            Revision.of("c1", "a2"),
            Revision.of("m1", "b1", "c1"),
            Revision.of("m2", "m1"),
            Revision.of("d1"),
            new Revision("e1", List.of("m2"), List.of("d1"), List.of(), "e1")));

    private final Planner planner = new Planner(GRAPH);

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(PlanStep::revisionId).toList();
    }

    @Test
    void upgradeFromBaseAppliesEveryAncestorInTopologicalOrder() {
        Plan plan = planner.upgrade(List.of(), List.of("m2"));
        assertThat(ids(plan)).containsExactly("a1", "a2", "b1", "c1", "m1", "m2");
        assertThat(plan.versionRowsAfter()).containsExactly("m2");
    }

    @Test
    void upgradeAppliesDependenciesFirst() {
        Plan plan = planner.upgrade(List.of("m2"), List.of("e1"));
        assertThat(ids(plan)).containsExactly("d1", "e1");
    }

    @Test
    void upgradeOfADependentTakesOverTheDependencysRowAsAlembicDoes() {
        Plan plan = planner.upgrade(List.of("m2"), List.of("e1"));
        assertThat(plan.steps().get(0).versionRowsAfter()).containsExactly("d1", "m2");
        assertThat(plan.steps().get(1).versionRowsAfter()).containsExactly("e1");
    }

    @Test
    void upgradeToAnAppliedRevisionDoesNothing() {
        assertThat(planner.upgrade(List.of("m2"), List.of("a2")).isEmpty()).isTrue();
    }

    @Test
    void upgradingBothBranchesInsertsARowForTheSecondAndTheMergeDeletesOne() {
        Plan plan = planner.upgrade(List.of("a2"), List.of("m1"));
        assertThat(plan.steps()).extracting(PlanStep::versionRowsAfter).containsExactly(
                List.of("b1"), List.of("b1", "c1"), List.of("m1"));
        PlanStep merge = plan.steps().get(2);
        assertThat(merge.removedVersionRows()).containsExactly("b1", "c1");
        assertThat(merge.addedVersionRows()).containsExactly("m1");
    }

    @Test
    void downgradeToAParentOfAMergeRemovesTheMergeOnly() {
        Plan plan = planner.downgrade(List.of("m1"), List.of("b1"), "b1");
        assertThat(ids(plan)).containsExactly("m1");
        assertThat(plan.versionRowsAfter()).containsExactly("b1", "c1");
    }

    @Test
    void downgradeToBranchPointRemovesBothBranchesNewestFirst() {
        Plan plan = planner.downgrade(List.of("m2"), List.of("a2"), "a2");
        assertThat(ids(plan)).containsExactly("m2", "m1", "c1", "b1");
        assertThat(plan.steps()).extracting(PlanStep::versionRowsAfter).containsExactly(
                List.of("m1"), List.of("b1", "c1"), List.of("b1"), List.of("a2"));
    }

    @Test
    void downgradeRemovesDependentsFirst() {
        Plan plan = planner.downgrade(List.of("e1"), List.of(), "base");
        assertThat(ids(plan).get(0)).isEqualTo("e1");
        assertThat(ids(plan)).containsSubsequence("e1", "d1").containsSubsequence("e1", "m2", "m1", "a1");
        assertThat(plan.versionRowsAfter()).isEmpty();
    }

    @Test
    void downgradingADependencyRemovesItsDependentToo() {
        Plan plan = planner.downgrade(List.of("e1"), List.of(), "base");
        Plan onlyD = planner.downgrade(List.of("e1"), List.of("m2"), "m2");
        assertThat(ids(onlyD)).containsExactly("e1");
        assertThat(onlyD.versionRowsAfter()).containsExactly("d1", "m2");
        assertThat(plan.steps()).hasSize(8);
    }

    @Test
    void downgradeOnOneBranchLeavesTheOtherBranchAlone() {
        Plan plan = planner.downgrade(List.of("b1", "c1"), List.of("a2"), "a2");
        assertThat(ids(plan)).containsExactly("c1", "b1");
        Plan oneBranch = planner.downgrade(List.of("b1", "c1"), List.of("a2", "c1"), "x");
        assertThat(ids(oneBranch)).containsExactly("b1");
        assertThat(oneBranch.versionRowsAfter()).containsExactly("c1");
    }

    @Test
    void downgradeToARevisionThatIsNotAppliedIsRejected() {
        assertThatThrownBy(() -> planner.downgrade(List.of("b1"), List.of("c1"), "c1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("is not a valid downgrade target from the current heads (b1)");
    }

    @Test
    void stampReplacesTheHeadOnTheSameLineAndKeepsOtherBranches() {
        Plan plan = planner.stamp(List.of("b1", "c1"), List.of("a1"), false);
        assertThat(plan.versionRowsAfter()).containsExactly("a1");
        Plan other = planner.stamp(List.of("b1"), List.of("d1"), false);
        assertThat(other.versionRowsAfter()).containsExactly("b1", "d1");
        assertThat(other.steps()).singleElement().satisfies(step -> assertThat(step.revision()).isNull());
    }

    @Test
    void stampWithPurgeStartsFromAnEmptyTable() {
        Plan plan = planner.stamp(List.of("b1"), List.of("d1"), true);
        assertThat(plan.versionRowsAfter()).containsExactly("d1");
        assertThat(plan.steps().get(0).versionRowsBefore()).isEmpty();
    }

    @Test
    void stampBaseEmptiesTheTable() {
        assertThat(planner.stamp(List.of("m2", "d1"), List.of(), false).versionRowsAfter()).isEmpty();
    }
}
