package io.omninode.migrations.test.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeOrderTest {

    @Test
    void aShortBranchIsAppliedJustBeforeTheMergeThatJoinsIt() {
        // a - b - c - d - m (merge of d and 0x); 0x a second root that depends on a
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "b"),
                Revision.of("d", "c"), new Revision("0x", List.of(), List.of("a"), List.of(), "auth"),
                Revision.of("m", "d", "0x")));

        assertThat(UpgradeOrder.of(graph)).extracting(Revision::id).containsExactly("a", "b", "c", "d", "0x", "m");
        // the graph's own order (ties by id) starts the branch early: 0x would run next to b, c and d
        assertThat(graph.revisions()).extracting(Revision::id).containsSubsequence("a", "0x", "b");
    }

    @Test
    void everyRevisionComesAfterItsParentsAndDependencies() {
        RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "a"),
                Revision.of("d", "b", "c"), new Revision("e", List.of("d"), List.of("c"), List.of(), "e"),
                Revision.of("f", "a")));

        List<String> order = UpgradeOrder.of(graph).stream().map(Revision::id).toList();

        assertThat(order).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f");
        for (Revision revision : graph.revisions()) {
            graph.ancestors(revision.id()).forEach(ancestor ->
                    assertThat(order.indexOf(ancestor)).as(ancestor + " before " + revision.id())
                            .isLessThan(order.indexOf(revision.id())));
        }
    }
}
