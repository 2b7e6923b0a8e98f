package io.omninode.migrations.processor;

import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Reports problems on the element, annotation and annotation value at fault, and counts the
 * errors. Reporting never throws, so one compilation shows every problem at once.
 */
public final class Diagnostics {

    private final Messager messager;
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }

    public void error(String message, Element element) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** An error that belongs to no element, such as a malformed option. */
    public void error(String message) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message);
    }

    public void warning(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        messager.printMessage(Diagnostic.Kind.WARNING, message, element, annotation, value);
    }

    public void warning(String message, Element element, AnnotationMirror annotation) {
        messager.printMessage(Diagnostic.Kind.WARNING, message, element, annotation);
    }

    public void error(String message, Element element, AnnotationMirror annotation) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }

    /** A warning that belongs to no element, such as entities that drifted from the head snapshot. */
    public void warning(String message) {
        messager.printMessage(Diagnostic.Kind.WARNING, message);
    }

    /** An error, or a warning when {@code error} is false: for checks that a strict option makes fatal. */
    public void report(boolean error, String message, Element element, AnnotationMirror annotation) {
        if (error) {
            error(message, element, annotation);
        } else {
            warning(message, element, annotation);
        }
    }

    /** Information that needs no action, such as a snapshot written for a new head revision. */
    public void note(String message) {
        messager.printMessage(Diagnostic.Kind.NOTE, message);
    }

    public int errorCount() {
        return errors;
    }

    /**
     * The value of an annotation member as written, or one item of an array member, so an IDE
     * underlines exactly the offending text. Empty when the member is left at its default.
     */
    public static Optional<AnnotationValue> valueOf(AnnotationMirror annotation, String member, String item) {
        for (var entry : annotation.getElementValues().entrySet()) {
            ExecutableElement key = entry.getKey();
            if (!key.getSimpleName().contentEquals(member)) {
                continue;
            }
            AnnotationValue value = entry.getValue();
            if (item != null && value.getValue() instanceof List<?> items) {
                for (Object candidate : items) {
                    AnnotationValue itemValue = (AnnotationValue) candidate;
                    if (item.equals(itemValue.getValue())) {
                        return Optional.of(itemValue);
                    }
                }
            }
            return Optional.of(value);
        }
        return Optional.empty();
    }
}
