package io.omninode.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.GraphProblem.Attribute;
import io.omninode.migrations.graph.GraphProblem.Code;
import io.omninode.migrations.graph.GraphProblem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static Revision rev(String id, String... down) {
        return new Revision(id, List.of(down), List.of(), List.of(), "message of " + id);
    }

    private static Revision dependent(String id, List<String> down, List<String> dependsOn) {
        return new Revision(id, down, dependsOn, List.of(), "message of " + id);
    }

    private static Revision labelled(String id, List<String> labels, String... down) {
        return new Revision(id, List.of(down), List.of(), labels, "message of " + id);
    }

    private static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    @Test
    void linearChainHasOneBaseOneHeadAndParentsFirst() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("c", "b"), rev("a"), rev("b", "a")));

        assertThat(ids(graph.revisions())).containsExactly("a", "b", "c");
        assertThat(graph.bases()).containsExactly("a");
        assertThat(graph.heads()).containsExactly("c");
        assertThat(graph.ancestors("c")).containsExactly("a", "b");
        assertThat(graph.descendants("a")).containsExactly("b", "c");
        assertThat(graph.children("a")).containsExactly("b");
    }

    @Test
    void branchesGiveSeveralHeadsAndAWarningThatNamesTheMergeCommand() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a"), rev("b2", "a"), rev("b1", "a")), false);

        RevisionGraph graph = check.graph().orElseThrow();
        assertThat(graph.heads()).containsExactly("b1", "b2");
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).hasSize(2).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(Code.MULTIPLE_HEADS);
            assertThat(p.message()).isEqualTo("[OmniNode/MultipleHeads] the revisions have 2 heads: b1, b2;"
                    + " merge them with: omninode-migrate merge -m \"merge\" b1 b2");
        });
        assertThat(check.warnings()).extracting(GraphProblem::subject).containsExactly(1, 2);
    }

    @Test
    void severalHeadsAreAnErrorWhenASingleHeadIsRequired() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a"), rev("b", "a"), rev("c", "a")), true);

        assertThat(check.hasErrors()).isTrue();
        assertThat(check.errors()).extracting(GraphProblem::code).containsOnly(Code.MULTIPLE_HEADS);
        assertThat(check.errors()).extracting(GraphProblem::subject).containsExactly(1, 2);
    }

    @Test
    void mergeJoinsADiamondIntoOneHead() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                rev("m", "b", "c"), rev("c", "a"), rev("b", "a"), rev("a")));

        assertThat(graph.heads()).containsExactly("m");
        assertThat(graph.get("m").isMerge()).isTrue();
        assertThat(ids(graph.revisions())).containsExactly("a", "b", "c", "m");
        assertThat(graph.ancestors("m")).containsExactly("a", "b", "c");
        assertThat(graph.descendants("b")).containsExactly("m");
    }

    @Test
    void dependsOnOrdersTheDependencyFirstWithoutMakingItAParent() {
        // Two independent branches; x2 needs y1 applied first.
        RevisionGraph graph = RevisionGraph.of(List.of(
                rev("x1"), dependent("x2", List.of("x1"), List.of("y1")), rev("y1"), rev("a0")));

        assertThat(graph.bases()).containsExactly("a0", "x1", "y1");
        assertThat(graph.heads()).containsExactly("a0", "x2", "y1");
        assertThat(graph.order("y1")).isLessThan(graph.order("x2"));
        assertThat(graph.ancestors("x2")).containsExactlyInAnyOrder("x1", "y1");
        assertThat(graph.dependencies("x2")).containsExactly("y1");
        assertThat(graph.dependents("y1")).containsExactly("x2");
        assertThat(graph.descendants("y1")).containsExactly("x2");
        assertThat(graph.get("x2").downRevisions()).containsExactly("x1");
    }

    @Test
    void dependsOnMayNameABranchLabel() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                labelled("n1", List.of("networking")), rev("n2", "n1"),
                dependent("c1", List.of(), List.of("networking"))));

        assertThat(graph.revisionForLabel("networking")).contains("n1");
        assertThat(graph.dependencies("c1")).containsExactly("n1");
        assertThat(graph.branchLabels()).containsEntry("networking", "n1");
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(rev("r000"));
        for (int i = 1; i < 200; i++) {
            String parent = "r" + String.format("%03d", i % 7 == 0 ? i - 7 : i - 1);
            revisions.add(rev("r" + String.format("%03d", i), parent));
        }
        List<String> expected = ids(RevisionGraph.of(revisions).revisions());
        Collections.shuffle(revisions, new Random(42));

        assertThat(ids(RevisionGraph.of(revisions).revisions())).isEqualTo(expected);
    }

    @Test
    void aVeryLongChainIsCheckedWithoutRecursion() {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(rev("r0"));
        for (int i = 1; i < 50_000; i++) {
            revisions.add(rev("r" + i, "r" + (i - 1)));
        }
        RevisionGraph graph = RevisionGraph.of(revisions);

        assertThat(graph.heads()).containsExactly("r49999");
        assertThat(graph.ancestors("r49999")).hasSize(49_999);
    }

    @Test
    void unknownDownRevisionSuggestsTheClosestId() {
        GraphCheck check = RevisionGraph.check(List.of(rev("1975ea83b712"), rev("ae1027a6acf", "1975ea83b721")), false);

        assertThat(check.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.UNKNOWN_DOWN_REVISION);
            assertThat(p.subject()).isEqualTo(1);
            assertThat(p.attribute()).isEqualTo(Attribute.DOWN_REVISION);
            assertThat(p.value()).isEqualTo("1975ea83b721");
            assertThat(p.message()).isEqualTo("[OmniNode/UnknownDownRevision] downRevision \"1975ea83b721\" is not"
                    + " a known revision; did you mean \"1975ea83b712\"?");
        });
    }

    @Test
    void aBrokenLinkDoesNotAlsoReportTheHeadsItSeemsToCreate() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a"), rev("b", "typo")), false);

        assertThat(check.problems()).extracting(GraphProblem::code).containsExactly(Code.UNKNOWN_DOWN_REVISION);
    }

    @Test
    void unknownDependsOnIsReportedOnTheValue() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a"), dependent("b", List.of("a"), List.of("zzz"))), false);

        assertThat(check.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.UNKNOWN_DEPENDS_ON);
            assertThat(p.value()).isEqualTo("zzz");
            assertThat(p.detail()).startsWith("dependsOn \"zzz\" is neither a known revision nor a branch label");
        });
    }

    @Test
    void aCycleIsReportedOnceWithItsPath() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d")), false);

        assertThat(check.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.CYCLE);
            // The search starts at "a" and closes the cycle on b's downRevision "a".
            assertThat(p.detail()).startsWith("revision cycle: b -> a -> c -> b ");
            assertThat(p.subject()).isEqualTo(1);
            assertThat(p.value()).isEqualTo("a");
        });
    }

    @Test
    void aDependencyCycleIsReportedOnTheDependsOnValue() {
        GraphCheck check = RevisionGraph.check(List.of(
                dependent("a", List.of(), List.of("b")), dependent("b", List.of(), List.of("a"))), false);

        assertThat(check.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.CYCLE);
            assertThat(p.attribute()).isEqualTo(Attribute.DEPENDS_ON);
        });
    }

    @Test
    void selfReferenceIsItsOwnProblemNotACycle() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a", "a")), false);

        assertThat(check.errors()).extracting(GraphProblem::code).containsExactly(Code.SELF_REFERENCE);
    }

    @Test
    void duplicateRevisionIsReportedOnEveryDeclaration() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a"), rev("a"), rev("b", "a")), false);

        assertThat(check.errors()).extracting(GraphProblem::code, GraphProblem::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Code.DUPLICATE_REVISION, 0),
                        org.assertj.core.groups.Tuple.tuple(Code.DUPLICATE_REVISION, 1));
        assertThat(check.errors().get(0).detail()).contains("declared 2 times");
    }

    @Test
    void repeatedDownRevisionIsAnError() {
        GraphCheck check = RevisionGraph.check(List.of(rev("a"), rev("b", "a", "a")), false);

        assertThat(check.errors()).extracting(GraphProblem::code).containsExactly(Code.REPEATED_DOWN_REVISION);
    }

    @Test
    void revisionIdsAreCheckedForBlankLengthAndCharacters() {
        GraphCheck check = RevisionGraph.check(List.of(
                rev(""), rev("x".repeat(33)), rev("ab-cd"), rev("x".repeat(32))), false);

        assertThat(check.errors()).extracting(GraphProblem::code, GraphProblem::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Code.INVALID_REVISION_ID, 0),
                        org.assertj.core.groups.Tuple.tuple(Code.INVALID_REVISION_ID, 1),
                        org.assertj.core.groups.Tuple.tuple(Code.INVALID_REVISION_ID, 2));
        assertThat(check.errors().get(1).detail()).contains("33 characters").contains("at most 32");
    }

    @Test
    void branchLabelsMustBeUniqueNotARevisionAndWithoutAt() {
        GraphCheck check = RevisionGraph.check(List.of(
                labelled("a", List.of("net")), labelled("b", List.of("net"), "a"),
                labelled("c", List.of("a"), "b"), labelled("d", List.of("x@y"), "c")), false);

        assertThat(check.errors()).extracting(GraphProblem::code).containsExactly(
                Code.DUPLICATE_BRANCH_LABEL, Code.DUPLICATE_BRANCH_LABEL, Code.BRANCH_LABEL_IS_REVISION,
                Code.INVALID_BRANCH_LABEL);
        assertThat(check.errors().get(0).detail()).contains("\"a\", \"b\"");
    }

    @Test
    void blankMessageIsOnlyAWarning() {
        GraphCheck check = RevisionGraph.check(List.of(Revision.of("a")), false);

        assertThat(check.graph()).isPresent();
        assertThat(check.warnings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Code.BLANK_MESSAGE);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void ofThrowsWithEveryError() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a", "x"), rev("b", "y"))))
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("downRevision \"x\"")
                .hasMessageContaining("downRevision \"y\"");
    }

    @Test
    void getOnAnUnknownIdSuggestsCloseOnes() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("ae1027a6acf0")));

        assertThatThrownBy(() -> graph.get("ae1027a6acf1"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no revision \"ae1027a6acf1\"; did you mean \"ae1027a6acf0\"?");
    }

    @Test
    void withAncestorsIsWhatIsAppliedAtTheseVersionRows() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "a"),
                dependent("d", List.of(), List.of("b"))));

        assertThat(graph.withAncestors(List.of("b"))).containsExactlyInAnyOrder("a", "b");
        assertThat(graph.withAncestors(List.of("c", "d"))).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(graph.withAncestors(List.of())).isEmpty();
    }

    @Test
    void historyListsARangeNewestFirstWithBothEndpoints() {
        // a - b - c - m (merge of c, x); a - x
        RevisionGraph graph = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "b"), rev("x", "a"),
                rev("m", "c", "x")));

        assertThat(graph.history(List.of(), graph.heads())).containsExactly("m", "x", "c", "b", "a");
        assertThat(graph.history(List.of("b"), List.of("m"))).containsExactly("m", "c", "b");
        assertThat(graph.history(List.of("b"), List.of("c"))).containsExactly("c", "b");
        assertThat(graph.history(List.of(), List.of("x"))).containsExactly("x", "a");
        assertThat(graph.history(List.of("x"), List.of("c"))).isEmpty();
    }

    @Test
    void dependencyHeadsAreAppliedOnlyAsADependencyOfARow() {
        // a - b; c depends on a without following it; d depends on c
        RevisionGraph graph = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), dependent("c", List.of(), List.of("a")),
                dependent("d", List.of(), List.of("c"))));

        assertThat(graph.dependencyHeads(List.of("c"))).containsExactly("a");
        assertThat(graph.dependencyHeads(List.of("b", "c"))).isEmpty();
        assertThat(graph.dependencyHeads(List.of("d"))).containsExactly("a", "c");
    }
}
