package io.omninode.migrations.spi;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.graph.Revision;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a generated registry knows of one migration: its place in the revision graph, how to
 * create it without reflection (a {@link MigrationTable} index, or a method reference in registries
 * compiled before it), and a checksum of its code to detect edits after it ran.
 *
 * <p>The checksum covers what runs: the tokens of the source file, so comments and formatting may
 * change freely while a changed statement, literal or call is caught. Earlier versions hashed the
 * whole file and recorded that in the audit log; {@link #checksumComparableTo(String)} keeps those
 * recordings meaningful, so an upgrade of the toolkit does not report every applied migration as edited.
 *
 * @param revision the revision id
 * @param downRevisions the revisions it follows; empty for a base, two or more for a merge
 * @param dependsOn revisions that must be applied first without being parents
 * @param branchLabels labels of the branch this revision starts
 * @param message the one-line description
 * @param transactional whether it runs inside a transaction
 * @param checksum {@value #CHECKSUM_PREFIX} and the SHA-256 (base64url) of the source file's tokens:
 *        comments and whitespace left out, literals exactly as written
 * @param legacyChecksum the SHA-256 (hex) of the whole source file with line endings normalized, as
 *        earlier versions recorded it; {@code null} when a registry does not carry it
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
        String legacyChecksum,
        String className,
        Supplier<MigrationScript> factory) {

    /**
     * Starts the code checksums the processor generates (46 characters in all, within the audit table's
     * {@code VARCHAR(64)}); a recorded checksum without it is a whole-file checksum of an earlier version.
     */
    public static final String CHECKSUM_PREFIX = "v2:";

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
     * The factory that registries generated before {@link MigrationTable} call, with a method reference per
     * migration; kept so that a project compiled by an earlier version loads without recompiling.
     */
    public static MigrationDescriptor of(
            String revision,
            String[] downRevisions,
            String[] dependsOn,
            String[] branchLabels,
            String message,
            boolean transactional,
            String checksum,
            String legacyChecksum,
            String className,
            Supplier<MigrationScript> factory) {
        return new MigrationDescriptor(revision, List.of(downRevisions), List.of(dependsOn), List.of(branchLabels),
                message, transactional, checksum, legacyChecksum, className, factory);
    }

    /**
     * This migration's checksum in the form of one recorded when it was applied, so the two can be
     * compared: the whole-file checksum for a recording made by an earlier version, else {@link #checksum()}.
     *
     * <pre>{@code
     * boolean edited = !recorded.equals(descriptor.checksumComparableTo(recorded));
     * }</pre>
     */
    public String checksumComparableTo(String recorded) {
        return recorded.startsWith(CHECKSUM_PREFIX) || legacyChecksum == null ? checksum : legacyChecksum;
    }

    /**
     * Loads the migration's class without initializing it or creating the migration, so that a command can
     * load the classes of its next steps while earlier ones run. Does nothing when the class cannot be
     * loaded: creating the migration reports that.
     */
    public void preload() {
        Object registry = factory instanceof MigrationTable.Indexed indexed ? indexed.factory() : factory;
        try {
            Class.forName(className, false, registry.getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the factory fails with the same error when the migration is about to run, where it is reported
        }
    }

    /** This migration's node in the revision graph. */
    public Revision toRevision() {
        return new Revision(revision, downRevisions, dependsOn, branchLabels, message);
    }
}
