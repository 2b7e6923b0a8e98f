package io.omninode.migrations.processor.diagnostic;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * One message for the compiler, as a value: its code, kind and text, and where it points — the
 * element, the annotation on it and the annotation value at fault, each as precise as is known
 * (nothing for a problem of the whole compilation, such as a malformed option).
 *
 * <pre>{@code
 * diagnostics.report(ProcessorMessages.innerClass(name).on(type, annotation));
 * }</pre>
 *
 * @param code the stable code
 * @param kind error, warning or note
 * @param detail the message after its {@code [OmniNode/<key>]} tag
 * @param element the element at fault, or null
 * @param annotation the annotation at fault on {@code element}, or null
 * @param value the annotation value at fault (an array item where one is at fault), or null
 */
public record Diagnostic(DiagnosticCode code, Kind kind, String detail, Element element, AnnotationMirror annotation,
        AnnotationValue value) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (annotation != null && element == null || value != null && annotation == null) {
            throw new IllegalArgumentException("an annotation needs its element, and a value its annotation");
        }
    }

    /** A diagnostic of the code's own kind that points at nothing yet. */
    public static Diagnostic of(DiagnosticCode code, String detail) {
        return new Diagnostic(code, code.kind(), detail, null, null, null);
    }

    public Diagnostic on(Element at) {
        return on(at, null, null);
    }

    public Diagnostic on(Element at, AnnotationMirror annotationAt) {
        return on(at, annotationAt, null);
    }

    public Diagnostic on(Element at, AnnotationMirror annotationAt, AnnotationValue valueAt) {
        return new Diagnostic(code, kind, detail, at, annotationAt, valueAt);
    }

    /** The same diagnostic as an error when {@code error} holds: for checks that an option makes fatal. */
    public Diagnostic errorIf(boolean error) {
        return error ? new Diagnostic(code, Kind.ERROR, detail, element, annotation, value) : this;
    }

    /** The text as printed: {@code [OmniNode/<key>] <detail>}. */
    public String message() {
        return code.tag() + " " + detail;
    }
}
