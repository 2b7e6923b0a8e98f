package io.omninode.migrations.processor.migration;

import io.omninode.migrations.HazardRule;
import io.omninode.migrations.graph.ClosestIds;
import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks a migration's {@code @AllowHazards} against lint's catalogue ({@link HazardRule}): every code must be
 * one lint reports, reported on the offending array item, and the reason must say something.
 */
public final class AllowHazardsValidator {

    public static final String ALLOW_HAZARDS_ANNOTATION = "io.omninode.migrations.annotations.AllowHazards";

    private AllowHazardsValidator() {}

    /** Reports every problem of the type's {@code @AllowHazards}, if it has one. */
    public static void validate(TypeElement type, Diagnostics diagnostics) {
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
            if (annotationType.getQualifiedName().contentEquals(ALLOW_HAZARDS_ANNOTATION)) {
                check(type, annotation, diagnostics);
            }
        }
    }

    private static void check(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.getElementValues().entrySet()) {
            String name = entry.getKey().getSimpleName().toString();
            AnnotationValue value = entry.getValue();
            if (name.equals("value")) {
                for (AnnotationValue item : items(value)) {
                    String code = String.valueOf(item.getValue());
                    if (HazardRule.byCode(code).isEmpty()) {
                        diagnostics.report(ProcessorMessages.unknownHazard(code,
                                ClosestIds.didYouMean(code, HazardRule.codes())).on(type, annotation, item));
                    }
                }
            } else if (name.equals("reason") && String.valueOf(value.getValue()).isBlank()) {
                diagnostics.report(ProcessorMessages.allowanceWithoutReason(type.getQualifiedName().toString())
                        .on(type, annotation, value));
            }
        }
    }

    /** The items of an array attribute; a single value written without braces is a one-item array. */
    private static List<? extends AnnotationValue> items(AnnotationValue value) {
        return value.getValue() instanceof List<?> list
                ? list.stream().map(AnnotationValue.class::cast).toList()
                : List.of(value);
    }
}
