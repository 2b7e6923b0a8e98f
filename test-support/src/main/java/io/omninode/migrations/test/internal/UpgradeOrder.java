package io.omninode.migrations.test.internal;

import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order the verifier upgrades in: topological, and keeping the database at a single head for as many
 * steps as it can, because only a single-head database can be compared with a revision's snapshot. Each
 * revision comes right after its prerequisites, the larger line of history first, so a short branch (a
 * second root that a merge joins, say) is applied just before the merge that needs it rather than at the
 * start, where every later step of the main line would run with two heads.
 */
final class UpgradeOrder {

    private final RevisionGraph graph;
    private final Map<String, Integer> ancestorCounts = new HashMap<>();
    private final Set<String> placed = new LinkedHashSet<>();

    private UpgradeOrder(RevisionGraph graph) {
        this.graph = graph;
    }

    static List<Revision> of(RevisionGraph graph) {
        UpgradeOrder order = new UpgradeOrder(graph);
        order.larger(graph.heads()).forEach(order::place);
        return order.placed.stream().map(graph::get).toList();
    }

    /** Places the revision after its prerequisites; iterative, so a long history does not overflow the stack. */
    private void place(String root) {
        record Visit(String id, boolean expanded) {}
        List<Visit> stack = new ArrayList<>(List.of(new Visit(root, false)));
        while (!stack.isEmpty()) {
            Visit visit = stack.remove(stack.size() - 1);
            if (placed.contains(visit.id())) {
                continue;
            }
            if (visit.expanded()) {
                placed.add(visit.id());
                continue;
            }
            stack.add(new Visit(visit.id(), true));
            List<String> prerequisites = larger(prerequisites(visit.id()));
            // pushed in reverse, so the larger line is placed first
            for (int i = prerequisites.size() - 1; i >= 0; i--) {
                stack.add(new Visit(prerequisites.get(i), false));
            }
        }
    }

    private List<String> prerequisites(String id) {
        List<String> all = new ArrayList<>(graph.get(id).downRevisions());
        all.addAll(graph.dependencies(id));
        return all;
    }

    /** Largest ancestry first; ties by id, so the order is the same on every run. */
    private List<String> larger(List<String> ids) {
        return ids.stream().distinct()
                .sorted(Comparator.comparing((String id) -> ancestorCounts.computeIfAbsent(id,
                        key -> graph.ancestors(key).size())).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
