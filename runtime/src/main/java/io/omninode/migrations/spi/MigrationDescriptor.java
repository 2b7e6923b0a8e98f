package io.omninode.migrations.spi;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.graph.Revision;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a generated registry knows of one migration: its place in the revision graph, how to
 * create it without reflection, and a checksum of its source to detect edits after it ran.
 *
 * @param revision the revision id
 * @param downRevisions the revisions it follows; empty for a base, two or more for a merge
 * @param dependsOn revisions that must be applied first without being parents
 * @param branchLabels labels of the branch this revision starts
 * @param message the one-line description
 * @param transactional whether it runs inside a transaction
 * @param checksum SHA-256 (hex) of the migration's source text, line endings normalized
 * @param className the fully qualified name of the migration class
 * @param factory creates a new instance of the migration
 */
public record MigrationDescriptor(
        String revision,
        List<String> downRevisions,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        boolean transactional,
        String checksum,
        String className,
        Supplier<MigrationScript> factory) {

    public MigrationDescriptor {
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * The factory generated registries call: arrays instead of lists because javac compiles
     * thousands of array literals much faster than generic {@code List.of} calls, which it must infer.
     */
    public static MigrationDescriptor of(
            String revision,
            String[] downRevisions,
            String[] dependsOn,
            String[] branchLabels,
            String message,
            boolean transactional,
            String checksum,
            String className,
            Supplier<MigrationScript> factory) {
        return new MigrationDescriptor(revision, List.of(downRevisions), List.of(dependsOn), List.of(branchLabels),
                message, transactional, checksum, className, factory);
    }

    /** This migration's node in the revision graph. */
    public Revision toRevision() {
        return new Revision(revision, downRevisions, dependsOn, branchLabels, message);
    }
}
