package io.omninode.migrations.processor.codegen;

import java.util.List;
import java.util.Objects;

/**
 * What a new migration class declares: where it goes and the values of its {@code @Migration}.
 * Written by {@link MigrationClassWriter}; the CLI's {@code revision} and {@code merge} commands
 * build one, and so can a stub writer that fills the bodies in.
 *
 * @param packageName the package ("" for none)
 * @param className the simple class name
 * @param revision the revision id
 * @param downRevisions the revisions it follows; empty for a base, two or more for a merge
 * @param message the one-line description
 * @param branchLabels branch labels it declares
 * @param dependsOn revisions or labels it depends on
 * @param header lines for the class's Javadoc after the message (such as "Create Date: ..."), may be empty
 */
public record MigrationClassSpec(
        String packageName,
        String className,
        String revision,
        List<String> downRevisions,
        String message,
        List<String> branchLabels,
        List<String> dependsOn,
        List<String> header) {

    public MigrationClassSpec {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        message = Objects.requireNonNullElse(message, "");
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        header = List.copyOf(header);
    }
}
