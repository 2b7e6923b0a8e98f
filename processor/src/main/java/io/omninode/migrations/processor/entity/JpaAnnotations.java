package io.omninode.migrations.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code jakarta.persistence} annotations by name: the processor has no compile-time dependency
 * on the Jakarta Persistence API, which only the user's project needs. Members left at their default
 * read as the default the caller gives, which is the one the API declares.
 */
final class JpaAnnotations {

    static final String PACKAGE = "jakarta.persistence.";

    private JpaAnnotations() {}

    /** Hibernate's own annotations, read by name too: Hibernate is not needed to compile with the processor. */
    static final String HIBERNATE = "org.hibernate.annotations.";

    /** The {@code jakarta.persistence.<simpleName>} annotation on {@code element}, or null. */
    static AnnotationMirror find(Element element, String simpleName) {
        return findQualified(element, PACKAGE + simpleName);
    }

    private static AnnotationMirror findQualified(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** Hibernate's {@code @Check}s on {@code element}: the single one and the items of {@code @Checks}. */
    static List<AnnotationMirror> hibernateChecks(Element element) {
        return repeatedQualified(element, HIBERNATE + "Check", HIBERNATE + "Checks");
    }

    static boolean has(Element element, String simpleName) {
        return find(element, simpleName) != null;
    }

    /** The single annotation and the items of its container ({@code JoinColumn} and {@code JoinColumns}). */
    static List<AnnotationMirror> repeated(Element element, String simpleName, String container) {
        return repeatedQualified(element, PACKAGE + simpleName, PACKAGE + container);
    }

    private static List<AnnotationMirror> repeatedQualified(Element element, String name, String container) {
        List<AnnotationMirror> found = new ArrayList<>();
        AnnotationMirror single = findQualified(element, name);
        if (single != null) {
            found.add(single);
        }
        AnnotationMirror many = findQualified(element, container);
        if (many != null) {
            found.addAll(mirrors(many, "value"));
        }
        return found;
    }

    static AnnotationValue explicit(AnnotationMirror mirror, String member) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static String string(AnnotationMirror mirror, String member, String byDefault) {
        AnnotationValue value = explicit(mirror, member);
        return value == null ? byDefault : (String) value.getValue();
    }

    static int integer(AnnotationMirror mirror, String member, int byDefault) {
        AnnotationValue value = explicit(mirror, member);
        return value == null ? byDefault : (Integer) value.getValue();
    }

    static boolean bool(AnnotationMirror mirror, String member, boolean byDefault) {
        AnnotationValue value = explicit(mirror, member);
        return value == null ? byDefault : (Boolean) value.getValue();
    }

    /** The simple name of an enum constant member, e.g. {@code IDENTITY}. */
    static String constant(AnnotationMirror mirror, String member, String byDefault) {
        AnnotationValue value = explicit(mirror, member);
        return value == null ? byDefault : ((VariableElement) value.getValue()).getSimpleName().toString();
    }

    /** A {@code Class} member such as {@code targetEntity}, or null when left at {@code void.class}. */
    static TypeMirror type(AnnotationMirror mirror, String member) {
        AnnotationValue value = explicit(mirror, member);
        return value == null ? null : (TypeMirror) value.getValue();
    }

    /** A nested annotation member, or null. */
    static AnnotationMirror nested(AnnotationMirror mirror, String member) {
        AnnotationValue value = explicit(mirror, member);
        return value == null ? null : (AnnotationMirror) value.getValue();
    }

    /** The annotations of an array member (a single value counts as one). */
    static List<AnnotationMirror> mirrors(AnnotationMirror mirror, String member) {
        AnnotationValue value = explicit(mirror, member);
        if (value == null) {
            return List.of();
        }
        if (value.getValue() instanceof AnnotationMirror single) {
            return List.of(single);
        }
        List<AnnotationMirror> items = new ArrayList<>();
        for (Object item : (List<?>) value.getValue()) {
            items.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
        return items;
    }

    /** The strings of an array member. */
    static List<String> strings(AnnotationMirror mirror, String member) {
        AnnotationValue value = explicit(mirror, member);
        if (value == null) {
            return List.of();
        }
        if (value.getValue() instanceof String single) {
            return List.of(single);
        }
        return ((List<?>) value.getValue()).stream().map(item -> (String) ((AnnotationValue) item).getValue()).toList();
    }
}
