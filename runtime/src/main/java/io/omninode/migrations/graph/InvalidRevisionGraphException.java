package io.omninode.migrations.graph;

import io.omninode.migrations.MigrationsException;
import java.util.List;
import java.util.stream.Collectors;

/** The migrations found at run time do not form a valid revision graph. */
public final class InvalidRevisionGraphException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final transient List<GraphProblem> problems;

    public InvalidRevisionGraphException(List<GraphProblem> problems) {
        super(problems.stream().map(GraphProblem::message).collect(Collectors.joining(
                "\n  ", "the migrations do not form a valid revision graph:\n  ", "")), null);
        this.problems = List.copyOf(problems);
    }

    public List<GraphProblem> problems() {
        return problems;
    }
}
