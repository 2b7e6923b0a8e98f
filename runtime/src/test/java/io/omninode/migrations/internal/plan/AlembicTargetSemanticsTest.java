package io.omninode.migrations.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets on branched histories behave as in Alembic 1.8 ({@code script/revision.py}), or are refused
 * where Alembic's own walk is ambiguous: one test per class of difference the differential replay found.
 */
class AlembicTargetSemanticsTest {

    /*
     * a1 - a2 - b1 ------------ m1 - m2
     *         \                /
     *          c1 (audit) ----
     * d1 (autumn) - d2; e1 follows m2 and depends on d1
     */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            Revision.of("a1"),
            Revision.of("a2", "a1"),
            Revision.of("b1", "a2"),
            new Revision("c1", List.of("a2"), List.of(), List.of("audit"), "c1"),
            Revision.of("m1", "b1", "c1"),
            Revision.of("m2", "m1"),
            new Revision("d1", List.of(), List.of(), List.of("autumn"), "d1"),
            Revision.of("d2", "d1"),
            new Revision("e1", List.of("m2"), List.of("d1"), List.of(), "e1")));

    private final TargetResolver resolver = new TargetResolver(GRAPH);
    private final Planner planner = new Planner(GRAPH);

    private Plan downgrade(List<String> current, String target) {
        return planner.downgrade(current, resolver.resolveTarget(target, current), target);
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(PlanStep::revisionId).toList();
    }

    @Test
    void downgradeMinusOneAcrossMergeIsAmbiguousLikeAlembic() {
        assertThatThrownBy(() -> downgrade(List.of("m1"), "-1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("\"-1\" is ambiguous: going down from m1, a merge of \"b1\", \"c1\", has no single next"
                        + " revision (Alembic stops with \"Ambiguous walk\"); name the revision to go down to instead:"
                        + " downgrade b1 or downgrade c1");
    }

    @Test
    void downgradeMinusTwoThatPassesAMergeIsAmbiguousLikeAlembic() {
        assertThat(resolver.resolve("-1", List.of("m2"))).containsExactly("m1");
        assertThatThrownBy(() -> downgrade(List.of("m2"), "-2"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("going down from m1, a merge of \"b1\", \"c1\"");
    }

    @Test
    void labelMinusOneThatPassesAMergeIsAmbiguousLikeAlembic() {
        assertThatThrownBy(() -> downgrade(List.of("m1"), "audit@-1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Ambiguous walk");
        assertThatThrownBy(() -> downgrade(List.of("m1"), "m1-1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("Ambiguous walk");
    }

    @Test
    void theNamedParentOfAMergeIsTheUnambiguousDowngrade() {
        Plan plan = downgrade(List.of("m1"), "b1");

        assertThat(ids(plan)).containsExactly("m1");
        assertThat(plan.versionRowsAfter()).containsExactly("b1", "c1");
    }

    @Test
    void labelMinusOneRemovesOnlyThatBranchWhenItsParentHasOtherAppliedChildrenLikeAlembic() {
        Plan plan = downgrade(List.of("b1", "c1"), "audit@-1");

        assertThat(ids(plan)).containsExactly("c1");
        assertThat(plan.versionRowsAfter()).containsExactly("b1");
    }

    @Test
    void minusOneFromARevisionWithADependencyRemovesThatRevisionOnlyLikeAlembic() {
        // s1 - s2 - s3, and s4 follows s1 and depends on s3: -1 from s4 goes down to s1, yet s2 and s3 stay
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("s1"), Revision.of("s2", "s1"),
                Revision.of("s3", "s2"), new Revision("s4", List.of("s1"), List.of("s3"), List.of(), "s4")));
        ResolvedTarget target = new TargetResolver(graph).resolveTarget("-1", List.of("s4"));
        Plan plan = new Planner(graph).downgrade(List.of("s4"), target, "-1");

        assertThat(ids(plan)).containsExactly("s4");
        // Alembic also writes a row for s1, below s3 already; see README, differences from Alembic
        assertThat(plan.versionRowsAfter()).containsExactly("s3");
    }

    @Test
    void labelMinusOneToAForkAboveTheLabelledRevisionIsRefusedLikeAlembic() {
        RevisionGraph graph = RevisionGraph.of(List.of(new Revision("x1", List.of(), List.of(), List.of("root"), "x1"),
                Revision.of("x2", "x1"), Revision.of("x3", "x2"), Revision.of("x4", "x2")));
        ResolvedTarget target = new TargetResolver(graph).resolveTarget("root@-1", List.of("x3"));

        assertThatThrownBy(() -> new Planner(graph).downgrade(List.of("x3"), target, "root@-1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("\"root@-1\" goes down to x2, which \"x3\", \"x4\" follow, and none of them leads to"
                        + " x1 (Alembic: \"Not a valid downgrade target from current heads\"); name the revision to go"
                        + " down to with downgrade <revision>");
    }

    @Test
    void upgradePlusOneWithSeveralCurrentRevisionsIsAmbiguousLikeAlembic() {
        assertThatThrownBy(() -> resolver.resolve("+1", List.of("b1", "c1")))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("the database has 2 heads (\"b1\", \"c1\"), so \"+1\" is ambiguous (Alembic: \"Ambiguous"
                        + " upgrade from multiple current revisions\"); use <branchlabel>@+1 or <revision>+1");
    }

    @Test
    void labelPlusOneStartsFromTheRowOnItsLine() {
        assertThat(resolver.resolve("autumn@+1", List.of("b1", "d1"))).containsExactly("d2");
        assertThat(resolver.resolve("b1+1", List.of("b1", "c1"))).containsExactly("m1");
    }

    @Test
    void labelPlusOneWithSeveralRowsOnItsLineIsAmbiguousLikeAlembic() {
        // b1 and c1 both follow a2; "audit" (c1) alone starts from c1
        assertThat(resolver.resolve("audit@+1", List.of("b1", "c1"))).containsExactly("m1");
        assertThatThrownBy(() -> resolver.resolve("a2@+1", List.of("b1", "c1")))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("the database has 2 revisions on the line of \"a2\" (\"b1\", \"c1\")")
                .hasMessageContaining("Ambiguous upgrade from multiple current revisions");
    }

    @Test
    void uniquePrefixOfABranchLabelNamesItsRevisionLikeAlembic() {
        assertThat(resolver.resolve("aud", List.of())).containsExactly("c1");
        assertThat(resolver.resolve("autu@head", List.of())).containsExactly("d2");
        assertThat(resolver.resolve("aud@+1", List.of("b1"))).containsExactly("c1");
    }

    @Test
    void ambiguousPrefixListsTheLabelsItMatches() {
        assertThatThrownBy(() -> resolver.resolve("au", List.of()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("prefix \"au\" is ambiguous: it matches branch label \"audit\", branch label \"autumn\";"
                        + " give more characters of the one you mean");
    }

    @Test
    void namesOfThreeCharactersOrFewerMatchOnlyInFullLikeAlembic() {
        RevisionGraph shortIds = RevisionGraph.of(List.of(Revision.of("abc"), Revision.of("abcd1234", "abc")));
        TargetResolver shortResolver = new TargetResolver(shortIds);

        assertThat(shortResolver.resolve("ab", List.of())).containsExactly("abcd1234");
        assertThat(shortResolver.resolve("abc", List.of())).containsExactly("abc");
    }

    @Test
    void labelAtBaseSharingItsRootWithOtherBranchesIsRefusedWithWhatAlembicWouldRemove() {
        assertThatThrownBy(() -> downgrade(List.of("b1", "c1"), "audit@base"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("\"audit@base\" reaches base, and Alembic would then remove everything applied that grew"
                        + " from a1, including b1, which is not on the line of c1 (current heads b1, c1); to remove all"
                        + " of that, run downgrade base, or name a revision on the line to go down to");
    }

    @Test
    void labelAtBaseNamesTheExplicitRootCommandWhenOtherLinesStayApplied() {
        assertThatThrownBy(() -> downgrade(List.of("b1", "c1", "d2"), "audit@base"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("run downgrade a1@base, or name a revision on the line");
        Plan explicit = downgrade(List.of("b1", "c1", "d2"), "a1@base");
        assertThat(ids(explicit)).containsExactlyInAnyOrder("c1", "b1", "a2", "a1");
        assertThat(explicit.versionRowsAfter()).containsExactly("d2");
    }

    @Test
    void labelAtBaseOfAnIndependentLineRemovesThatLineOnlyLikeAlembic() {
        Plan plan = downgrade(List.of("b1", "d2"), "autumn@base");

        assertThat(ids(plan)).containsExactly("d2", "d1");
        assertThat(plan.versionRowsAfter()).containsExactly("b1");
    }

    @Test
    void downgradeToARevisionKeepsWhatOnlyDependsOnItLikeAlembic() {
        // Alembic drops d1's children and what follows them; e1 depends on d1 and stays with it
        Plan plan = downgrade(List.of("d2", "e1"), "d1");

        assertThat(ids(plan)).containsExactly("d2");
        assertThat(plan.versionRowsAfter()).containsExactly("e1");
    }

    @Test
    void downgradeToARevisionAppliedOnlyAsADependencyRemovesItsDependentsAsDocumented() {
        // Alembic: "Nothing to drop"; we keep the documented choice of removing what depends on it
        Plan plan = downgrade(List.of("e1"), "d1");

        assertThat(ids(plan)).containsExactly("e1");
        assertThat(plan.versionRowsAfter()).containsExactly("d1", "m2");
    }

    @Test
    void stampHeadsOverRowsThatAreNotHeadsRecordsEveryHeadUnlikeAlembic() {
        // Alembic 1.8 records one head here and silently drops the other applied one
        List<String> heads = resolver.resolve("heads", List.of("a2", "d2"));
        Plan plan = planner.stamp(List.of("a2", "d2"), heads, false);

        assertThat(plan.versionRowsAfter()).containsExactly("d2", "e1");
        assertThat(planner.upgrade(plan.versionRowsAfter(), heads).isEmpty()).isTrue();
    }
}
