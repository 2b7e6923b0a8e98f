package io.omninode.migrations.processor.migration;

import io.omninode.migrations.graph.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads a {@code @Migration} annotation's values into a {@link MigrationModel}. */
public final class MigrationReader {

    public static final String MIGRATION_ANNOTATION = "io.omninode.migrations.annotations.Migration";

    private final Elements elements;
    private final SourceChecksum checksums;

    public MigrationReader(Elements elements, SourceChecksum checksums) {
        this.elements = elements;
        this.checksums = checksums;
    }

    public static Optional<AnnotationMirror> migrationAnnotation(TypeElement type) {
        return type.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(MIGRATION_ANNOTATION))
                .map(m -> (AnnotationMirror) m)
                .findFirst();
    }

    public MigrationModel read(TypeElement type, AnnotationMirror annotation) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(annotation);
        Revision revision = new Revision(
                string(values, "revision"),
                strings(values, "downRevision"),
                strings(values, "dependsOn"),
                strings(values, "branchLabels"),
                string(values, "message"));
        boolean transactional = !Boolean.FALSE.equals(member(values, "transactional"));
        return new MigrationModel(type, annotation, revision, transactional, checksums.of(type));
    }

    private static Object member(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        for (var entry : values.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }

    private static String string(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        // A value javac could not resolve arrives as something other than a String; it is already an error.
        return member(values, name) instanceof String s ? s : "";
    }

    private static List<String> strings(Map<? extends ExecutableElement, ? extends AnnotationValue> values,
            String name) {
        List<String> result = new ArrayList<>();
        if (member(values, name) instanceof List<?> items) {
            for (Object item : items) {
                if (((AnnotationValue) item).getValue() instanceof String s) {
                    result.add(s);
                }
            }
        }
        return result;
    }
}
