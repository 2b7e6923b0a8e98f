package io.omninode.migrations.processor.diagnostic;

import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Prints {@link Diagnostic}s on the element, annotation and annotation value at fault, and counts
 * the errors. Reporting never throws, so one compilation shows every problem at once.
 */
public final class Diagnostics {

    private final Messager messager;
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    public void report(Diagnostic diagnostic) {
        if (diagnostic.kind() == Kind.ERROR) {
            errors++;
        }
        String message = diagnostic.message();
        Kind kind = diagnostic.kind();
        // the narrowest overload: a compiler need not accept nulls in the wider ones
        if (diagnostic.element() == null) {
            messager.printMessage(kind, message);
        } else if (diagnostic.annotation() == null) {
            messager.printMessage(kind, message, diagnostic.element());
        } else if (diagnostic.value() == null) {
            messager.printMessage(kind, message, diagnostic.element(), diagnostic.annotation());
        } else {
            messager.printMessage(kind, message, diagnostic.element(), diagnostic.annotation(), diagnostic.value());
        }
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
