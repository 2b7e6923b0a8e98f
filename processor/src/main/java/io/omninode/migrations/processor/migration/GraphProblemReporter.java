package io.omninode.migrations.processor.migration;

import io.omninode.migrations.graph.GraphProblem;
import io.omninode.migrations.processor.diagnostic.Diagnostic;
import io.omninode.migrations.processor.diagnostic.DiagnosticCode;
import io.omninode.migrations.processor.diagnostic.Diagnostics;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;

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
            // the graph check decides the severity: requireSingleHead makes several heads an error
            diagnostics.report(new Diagnostic(DiagnosticCode.of(problem.code()),
                    problem.isError() ? Kind.ERROR : Kind.WARNING, problem.detail(), migration.type(),
                    migration.annotation(), value));
        }
    }
}
