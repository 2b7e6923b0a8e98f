package io.omninode.migrations.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Another processor that writes a source in round 1, so its types are first seen in round 2. */
final class LateSourceGenerator extends AbstractProcessor {

    /** A migration, as another annotation processor might generate one. */
    static final String LATE_MIGRATION = """
            package com.example.db;

            @io.omninode.migrations.annotations.Migration(revision = "late1", message = "late")
            public final class LateOne implements io.omninode.migrations.MigrationScript {
                public void upgrade(io.omninode.migrations.Operations op) {}
                public void downgrade(io.omninode.migrations.Operations op) {}
            }
            """;

    private final String qualifiedName;
    private final String source;
    private boolean written;

    LateSourceGenerator(String qualifiedName, String source) {
        this.qualifiedName = qualifiedName;
        this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnvironment) {
        if (written) {
            return false;
        }
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
