package io.omninode.migrations.internal.plan;

import java.util.List;

/**
 * What a command will do, step by step, computed from the revision graph and the database's
 * version rows before anything runs.
 *
 * <pre>{@code
 * Plan plan = new Planner(graph).upgrade(List.of("1975ea83b712"), List.of("ae1027a6acf"));
 * plan.steps().forEach(step -> System.out.println(step.revisionId()));
 * }</pre>
 *
 * @param versionRowsBefore the version rows before the command, sorted
 * @param steps the steps in the order they run
 */
public record Plan(List<String> versionRowsBefore, List<PlanStep> steps) {

    public Plan {
        versionRowsBefore = List.copyOf(versionRowsBefore);
        steps = List.copyOf(steps);
    }

    /** The version rows after the command. */
    public List<String> versionRowsAfter() {
        return steps.isEmpty() ? versionRowsBefore : steps.get(steps.size() - 1).versionRowsAfter();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
