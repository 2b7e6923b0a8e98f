package io.omninode.migrations;

import java.util.List;

/**
 * The version table holds revisions that the loaded migrations do not know — typically an older
 * build deployed against a database that a newer one already migrated. Nothing ran.
 *
 * <pre>{@code
 * catch (UnknownDatabaseRevisionException e) {
 *     System.err.println("database at " + e.unknownRevisions() + ", this build knows " + e.knownHeads());
 * }
 * }</pre>
 */
public final class UnknownDatabaseRevisionException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final List<String> unknownRevisions;
    private final List<String> knownHeads;

    public UnknownDatabaseRevisionException(String table, List<String> unknownRevisions, List<String> knownHeads) {
        super(table + " holds revision(s) " + String.join(", ", unknownRevisions) + " that the loaded migrations do"
                + " not know (their heads: " + (knownHeads.isEmpty() ? "none" : String.join(", ", knownHeads))
                + "); deploy the build that contains these revisions, or, if they are gone for good,"
                + " rewrite the table with stamp --purge", null);
        this.unknownRevisions = List.copyOf(unknownRevisions);
        this.knownHeads = List.copyOf(knownHeads);
    }

    /** The version rows no loaded migration declares. */
    public List<String> unknownRevisions() {
        return unknownRevisions;
    }

    /** The heads of the loaded migrations. */
    public List<String> knownHeads() {
        return knownHeads;
    }
}
