package io.omninode.migrations.processor.migration;

import io.omninode.migrations.graph.GraphProblem;
import io.omninode.migrations.processor.Diagnostics;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * Puts each revision-graph problem on the migration class and the exact {@code @Migration}
 * value at fault (the item of an array attribute), so an IDE underlines it.
 */
public final class GraphProblemReporter {

    private final Diagnostics diagnostics;

    public GraphProblemReporter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @param migrations the models in the order their revisions were given to the graph check */
    public void report(List<GraphProblem> problems, List<MigrationModel> migrations) {
        for (GraphProblem problem : problems) {
            MigrationModel migration = migrations.get(problem.subject());
            AnnotationValue value = Diagnostics.valueOf(migration.annotation(),
                    problem.attribute().annotationMember(), problem.value()).orElse(null);
            if (problem.isError()) {
                diagnostics.error(problem.message(), migration.type(), migration.annotation(), value);
            } else {
                diagnostics.warning(problem.message(), migration.type(), migration.annotation(), value);
            }
        }
    }
}
