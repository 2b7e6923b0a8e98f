package io.omninode.migrations.cli.format;

import io.omninode.migrations.RevisionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revision DAG in Graphviz DOT ({@code graph --dot | dot -Tsvg > history.svg}): bases at the
 * bottom, an edge from each parent to its child, dashed edges for {@code dependsOn}, heads with a
 * double border, the database's current revisions filled.
 */
public final class DotGraph {

    private DotGraph() {}

    /**
     * @param revisions every revision in topological order
     * @param current the database's current revisions; empty when unknown
     */
    public static String write(List<RevisionInfo> revisions, Set<String> current) {
        StringBuilder dot = new StringBuilder("digraph revisions {\n")
                .append("    rankdir=BT;\n")
                .append("    node [shape=box, fontname=\"monospace\"];\n");
        for (RevisionInfo revision : revisions) {
            StringBuilder label = new StringBuilder(revision.revision());
            if (!revision.branchLabels().isEmpty()) {
                label.append(" (").append(String.join(", ", revision.branchLabels())).append(')');
            }
            label.append(revision.head() ? " (head)" : "").append(current.contains(revision.revision()) ? " (current)" : "");
            label.append('\n').append(revision.message());
            dot.append("    ").append(quote(revision.revision())).append(" [label=").append(quote(label.toString()));
            if (revision.head()) {
                dot.append(", peripheries=2");
            }
            if (current.contains(revision.revision())) {
                dot.append(", style=filled, fillcolor=\"lightblue\"");
            }
            dot.append("];\n");
        }
        Map<String, String> byLabel = new HashMap<>();
        revisions.forEach(r -> r.branchLabels().forEach(l -> byLabel.put(l, r.revision())));
        for (RevisionInfo revision : revisions) {
            for (String parent : revision.downRevisions()) {
                dot.append("    ").append(quote(parent)).append(" -> ").append(quote(revision.revision())).append(";\n");
            }
            for (String dependency : revision.dependsOn()) {
                dot.append("    ").append(quote(byLabel.getOrDefault(dependency, dependency))).append(" -> ").append(quote(revision.revision()))
                        .append(" [style=dashed, label=\"depends on\"];\n");
            }
        }
        return dot.append("}\n").toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
