package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds annotation mirrors and values, so that problems point at the exact annotation written. */
final class AnnotationValues {

    private AnnotationValues() {}

    /** The mirror of {@code annotation} on {@code element}, or null. */
    static AnnotationMirror mirror(Element element, Class<?> annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return mirror;
            }
        }
        return null;
    }

    /** The {@code index}-th nested annotation of an array member, or {@code parent} when there is none. */
    static AnnotationMirror nested(AnnotationMirror parent, String member, int index) {
        AnnotationValue value = value(parent, member);
        if (value != null && value.getValue() instanceof List<?> items && index < items.size()
                && ((AnnotationValue) items.get(index)).getValue() instanceof AnnotationMirror nested) {
            return nested;
        }
        return parent;
    }

    /** The member's value as written, or null when it is left at its default. */
    static AnnotationValue value(AnnotationMirror mirror, String member) {
        return mirror == null ? null : Diagnostics.valueOf(mirror, member, null).orElse(null);
    }
}
