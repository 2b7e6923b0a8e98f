package io.omninode.migrations.processor.migration;

import io.omninode.migrations.graph.Revision;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Migration} class as the processor understands it.
 *
 * @param type the annotated class
 * @param annotation its {@code @Migration}, for reporting on exact values
 * @param revision its node in the revision graph
 * @param transactional whether it runs inside a transaction
 * @param pendingChecksums the checksums of its source file, computed on a worker thread (see {@link #checksums})
 */
public record MigrationModel(TypeElement type, AnnotationMirror annotation, Revision revision, boolean transactional,
        CompletableFuture<SourceChecksum.Checksums> pendingChecksums) {

    public MigrationModel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(pendingChecksums, "pendingChecksums");
    }

    /**
     * The checksums of its source file, waiting for the worker that computes them.
     *
     * @throws java.util.concurrent.CompletionException when computing them failed
     */
    public SourceChecksum.Checksums checksums() {
        return pendingChecksums.join();
    }

    public String qualifiedName() {
        return type.getQualifiedName().toString();
    }
}
