package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.schema.SqlText;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** The checks every entity reader makes of names and model values, reported on the element at fault. */
final class ElementProblems {

    private final Diagnostics diagnostics;

    ElementProblems(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Whether {@code name} is a usable PostgreSQL name: not blank, at most 63 bytes. */
    boolean checkLength(String kind, String name, Element element, AnnotationMirror at) {
        int bytes = SqlText.identifierBytes(name);
        if (bytes > SqlText.MAX_IDENTIFIER_BYTES) {
            diagnostics.report(ProcessorMessages.nameTooLong(kind, name, bytes).on(element, at));
            return false;
        }
        if (name.isBlank()) {
            diagnostics.report(ProcessorMessages.invalidEntity(kind + " name", "must not be blank").on(element, at));
            return false;
        }
        return true;
    }

    /** Builds a model value, turning the record's own validation into an error on the element. */
    <T> Optional<T> attempt(Supplier<T> build, String where, Element element, AnnotationMirror at) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException e) {
            diagnostics.report(ProcessorMessages.invalidEntity(where, e.getMessage()).on(element, at));
            return Optional.empty();
        }
    }
}
