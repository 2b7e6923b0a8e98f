package io.omninode.migrations.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

    /*
     * base1 - a1 - a2 - a3        (a2 carries branch label "alpha")
     *          \
     *           b1 - b2            (b1 carries branch label "beta")
     * base2 - c1                   (a second base; c1 depends on a1)
     */
    private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(
            Revision.of("1975ea83b712"),
            Revision.of("ae1027a6acf0", "1975ea83b712"),
            new Revision("ae1127b6bcf1", List.of("ae1027a6acf0"), List.of(), List.of("alpha"), "a2"),
            Revision.of("3fa4b5c6d7e8", "ae1127b6bcf1"),
            new Revision("b10000000001", List.of("ae1027a6acf0"), List.of(), List.of("beta"), "b1"),
            Revision.of("b20000000002", "b10000000001"),
            Revision.of("c00000000000"),
            new Revision("c10000000001", List.of("c00000000000"), List.of("ae1027a6acf0"), List.of(), "c1")));

    private final TargetResolver resolver = new TargetResolver(GRAPH);

    @Test
    void headsNamesEveryHead() {
        assertThat(resolver.resolve("heads", List.of())).containsExactlyInAnyOrder(
                "3fa4b5c6d7e8", "b20000000002", "c10000000001");
    }

    @Test
    void headWithSeveralHeadsSaysToUseHeadsOrALabel() {
        assertThatThrownBy(() -> resolver.resolve("head", List.of()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("there are 3 heads")
                .hasMessageContaining("\"3fa4b5c6d7e8\", \"b20000000002\", \"c10000000001\"")
                .hasMessageContaining("use \"heads\"")
                .hasMessageContaining("<branchlabel>@head");
    }

    @Test
    void headOfASingleHeadGraphIsThatHead() {
        RevisionGraph linear = RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("a2", "a1")));
        assertThat(new TargetResolver(linear).resolve("head", List.of())).containsExactly("a2");
    }

    @Test
    void baseIsEmpty() {
        assertThat(resolver.resolve("base", List.of("3fa4b5c6d7e8"))).isEmpty();
    }

    @Test
    void fullIdAndUniquePrefixResolveToTheRevision() {
        assertThat(resolver.resolve("ae1127b6bcf1", List.of())).containsExactly("ae1127b6bcf1");
        assertThat(resolver.resolve("3fa", List.of())).containsExactly("3fa4b5c6d7e8");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        assertThatThrownBy(() -> resolver.resolve("ae1", List.of()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("revision prefix \"ae1\" is ambiguous: it matches \"ae1027a6acf0\", \"ae1127b6bcf1\";"
                        + " give more characters of the one you mean");
    }

    @Test
    void unknownRevisionSuggestsCloseIds() {
        assertThatThrownBy(() -> resolver.resolve("ae1027a6afc0", List.of()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("no revision or branch label \"ae1027a6afc0\"; did you mean \"ae1027a6acf0\"?");
    }

    @Test
    void branchLabelAloneNamesTheRevisionThatDeclaresIt() {
        assertThat(resolver.resolve("beta", List.of())).containsExactly("b10000000001");
    }

    @Test
    void labelAtHeadIsTheHeadOfThatBranch() {
        assertThat(resolver.resolve("beta@head", List.of())).containsExactly("b20000000002");
        assertThat(resolver.resolve("alpha@head", List.of())).containsExactly("3fa4b5c6d7e8");
    }

    @Test
    void revisionAtHeadIsTheOnlyHeadAboveIt() {
        assertThat(resolver.resolve("b1@head", List.of())).containsExactly("b20000000002");
    }

    @Test
    void revisionAtHeadFollowsDownRevisionsOnlyLikeAlembicAndIsAmbiguousWithSeveral() {
        // c1 depends on a1 but does not descend from it: Alembic's filter_for_lineage leaves it out
        assertThatThrownBy(() -> resolver.resolve("ae1027a6acf0@head", List.of()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("there are 2 heads (\"3fa4b5c6d7e8\", \"b20000000002\");");
    }

    @Test
    void plusNWalksUpFromTheCurrentHead() {
        assertThat(resolver.resolve("+1", List.of("ae1127b6bcf1"))).containsExactly("3fa4b5c6d7e8");
    }

    @Test
    void plusNFromAForkIsAmbiguousAndNamesTheChildren() {
        assertThatThrownBy(() -> resolver.resolve("+1", List.of("ae1027a6acf0")))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("forks into \"ae1127b6bcf1\", \"b10000000001\"");
    }

    @Test
    void plusNBeyondHeadSaysHowFarItCanGo() {
        assertThatThrownBy(() -> resolver.resolve("+3", List.of("ae1127b6bcf1")))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("relative revision \"+3\" goes past head: from ae1127b6bcf1 it can go at most +1");
    }

    @Test
    void minusNWalksDownFromTheCurrentHead() {
        assertThat(resolver.resolve("-2", List.of("3fa4b5c6d7e8"))).containsExactly("ae1027a6acf0");
    }

    @Test
    void minusNReachingPastBaseSaysHowFarItCanGo() {
        assertThat(resolver.resolve("-4", List.of("3fa4b5c6d7e8"))).isEmpty();
        assertThatThrownBy(() -> resolver.resolve("-5", List.of("3fa4b5c6d7e8")))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("relative revision \"-5\" goes past base: from 3fa4b5c6d7e8 it can go at most -4");
    }

    @Test
    void minusNWithSeveralCurrentHeadsAsksForALabel() {
        assertThatThrownBy(() -> resolver.resolve("-1", List.of("3fa4b5c6d7e8", "b20000000002")))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("the database has 2 heads")
                .hasMessageContaining("<branchlabel>@-1");
    }

    @Test
    void revisionPlusAndMinusNAreRelativeToThatRevision() {
        assertThat(resolver.resolve("ae1127b6bcf1+1", List.of())).containsExactly("3fa4b5c6d7e8");
        assertThat(resolver.resolve("b2-2", List.of())).containsExactly("ae1027a6acf0");
        assertThat(resolver.resolve("1975ea83b712+1", List.of())).containsExactly("ae1027a6acf0");
    }

    @Test
    void labelAtPlusNWalksUpOnlyAlongThatBranch() {
        List<String> current = List.of("ae1027a6acf0", "c10000000001");
        assertThat(resolver.resolve("beta@+1", current)).containsExactly("b10000000001");
        assertThat(resolver.resolve("beta@+2", current)).containsExactly("b20000000002");
        assertThat(resolver.resolve("alpha@+2", current)).containsExactly("3fa4b5c6d7e8");
    }

    @Test
    void labelAtPlusNOnABranchNotStartedYetStartsFromWhereItForks() {
        // as `alembic upgrade b1:gamma@+1` in Alembic: the walk starts at the applied fork a2
        assertThat(resolver.resolve("beta@+1", List.of("3fa4b5c6d7e8"))).containsExactly("b10000000001");
        assertThat(resolver.resolve("alpha@+1", List.of("b20000000002"))).containsExactly("ae1127b6bcf1");
    }

    @Test
    void labelAtMinusNWalksDownFromThatBranchsCurrentHead() {
        List<String> current = List.of("3fa4b5c6d7e8", "b20000000002");
        assertThat(resolver.resolve("beta@-1", current)).containsExactly("b10000000001");
        assertThat(resolver.resolve("alpha@-1", current)).containsExactly("ae1127b6bcf1");
    }

    @Test
    void plusNFromBaseStartsAtTheOnlyBase() {
        RevisionGraph linear = RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("a2", "a1")));
        assertThat(new TargetResolver(linear).resolve("+2", List.of())).containsExactly("a2");
    }

    @Test
    void currentNamesTheDatabaseRevisions() {
        assertThat(resolver.resolve("current", List.of("b20000000002", "1975ea83b712")))
                .containsExactly("1975ea83b712", "b20000000002");
    }

    @Test
    void emptyTargetIsRejectedWithTheAcceptedForms() {
        assertThatThrownBy(() -> resolver.resolve(" ", List.of()))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("head, heads, base, +N or -N");
    }
}
