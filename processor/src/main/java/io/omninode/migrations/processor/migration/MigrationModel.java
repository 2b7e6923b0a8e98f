package io.omninode.migrations.processor.migration;

import io.omninode.migrations.graph.Revision;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Migration} class as the processor understands it.
 *
 * @param type the annotated class
 * @param annotation its {@code @Migration}, for reporting on exact values
 * @param revision its node in the revision graph
 * @param transactional whether it runs inside a transaction
 * @param checksums the checksums of its source file
 */
public record MigrationModel(TypeElement type, AnnotationMirror annotation, Revision revision, boolean transactional,
        SourceChecksum.Checksums checksums) {

    public MigrationModel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(checksums, "checksums");
    }

    public String qualifiedName() {
        return type.getQualifiedName().toString();
    }
}
