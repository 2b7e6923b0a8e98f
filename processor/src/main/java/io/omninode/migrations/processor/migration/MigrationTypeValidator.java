package io.omninode.migrations.processor.migration;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that a {@code @Migration} class can be created by the generated registry with
 * {@code ClassName::new}: a public, concrete, top-level or static class implementing
 * {@code MigrationScript} with a public no-argument constructor.
 */
public final class MigrationTypeValidator {

    private static final String MIGRATION_SCRIPT = "io.omninode.migrations.MigrationScript";

    private final Elements elements;
    private final Types types;
    private final TypeElement migrationScript;
    private final TypeMirror runtimeException;
    private final TypeMirror error;

    public MigrationTypeValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.migrationScript = elements.getTypeElement(MIGRATION_SCRIPT);
        this.runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
    }

    /** Reports every problem of the type; returns whether it has none. */
    public boolean validate(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
        int before = diagnostics.errorCount();
        String name = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            diagnostics.report(ProcessorMessages.notAConcreteClass(name, kindName(type)).on(type, annotation));
            return false;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            diagnostics.report(ProcessorMessages.notAConcreteClass(name, "abstract class").on(type, annotation));
        }
        checkImplementsMigrationScript(type, annotation, diagnostics);
        checkNesting(type, annotation, diagnostics);
        checkPublic(type, annotation, diagnostics);
        if (!type.getTypeParameters().isEmpty()) {
            diagnostics.report(ProcessorMessages.generic(name).on(type, annotation));
        }
        checkConstructor(type, annotation, diagnostics);
        return diagnostics.errorCount() == before;
    }

    private void checkImplementsMigrationScript(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
        if (migrationScript == null) {
            diagnostics.report(ProcessorMessages.runtimeMissing().on(type, annotation));
        } else if (!types.isAssignable(types.erasure(type.asType()), types.erasure(migrationScript.asType()))) {
            diagnostics.report(ProcessorMessages.notAMigrationScript(type.getQualifiedName().toString())
                    .on(type, annotation));
        }
    }

    private static void checkNesting(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
        String name = type.getQualifiedName().toString();
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                && type.getKind() != ElementKind.RECORD) {
            diagnostics.report(ProcessorMessages.innerClass(name).on(type, annotation));
        }
    }

    /** The registry lives in another package, so the class and every class around it must be public. */
    private static void checkPublic(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
        for (Element current = type; current instanceof TypeElement enclosing;
                current = current.getEnclosingElement()) {
            if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
                diagnostics.report(ProcessorMessages.notPublic(type.getQualifiedName().toString(),
                        enclosing.getQualifiedName().toString()).on(type, annotation));
                return;
            }
        }
    }

    private void checkConstructor(TypeElement type, AnnotationMirror annotation, Diagnostics diagnostics) {
        String name = type.getQualifiedName().toString();
        ExecutableElement noArgs = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> c.getParameters().isEmpty())
                .findFirst()
                .orElse(null);
        // The implicit constructor takes the class's access, so it is public once the class is.
        boolean implicit = noArgs != null && elements.getOrigin(noArgs) == Elements.Origin.MANDATED;
        if (noArgs == null || !(implicit || noArgs.getModifiers().contains(Modifier.PUBLIC))) {
            diagnostics.report(ProcessorMessages.noPublicConstructor(name, type.getSimpleName().toString())
                    .on(type, annotation));
            return;
        }
        List<? extends TypeMirror> checked = noArgs.getThrownTypes().stream()
                .filter(t -> !types.isAssignable(t, runtimeException) && !types.isAssignable(t, error))
                .toList();
        if (!checked.isEmpty()) {
            diagnostics.report(ProcessorMessages.constructorThrows(name,
                    checked.stream().map(TypeMirror::toString).collect(Collectors.joining(", "))).on(noArgs));
        }
    }

    private static String kindName(TypeElement type) {
        return switch (type.getKind()) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
