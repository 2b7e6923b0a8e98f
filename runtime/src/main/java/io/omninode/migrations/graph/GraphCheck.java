package io.omninode.migrations.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link RevisionGraph#check}: every problem found, and the graph when none of
 * them is an error.
 *
 * @param problems errors and warnings, in the order of the revisions they concern
 * @param graph the graph, present exactly when there is no error
 */
public record GraphCheck(List<GraphProblem> problems, Optional<RevisionGraph> graph) {

    public GraphCheck {
        problems = List.copyOf(problems);
        Objects.requireNonNull(graph, "graph");
    }

    public List<GraphProblem> errors() {
        return problems.stream().filter(GraphProblem::isError).toList();
    }

    public List<GraphProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return graph.isEmpty();
    }
}
