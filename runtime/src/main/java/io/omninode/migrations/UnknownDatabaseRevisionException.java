package io.omninode.migrations;

import java.util.List;

/**
 * The version table holds revisions that the loaded migrations do not know — typically an older
 * build deployed against a database that a newer one already migrated, or migrations that were not
 * loaded at all (the message then says so first). Nothing ran.
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
        super(message(table, unknownRevisions, knownHeads), null);
        this.unknownRevisions = List.copyOf(unknownRevisions);
        this.knownHeads = List.copyOf(knownHeads);
    }

    /**
     * With no migration loaded the cause is the configuration, not the database, so that comes first and
     * the version table must not be rewritten.
     */
    private static String message(String table, List<String> unknownRevisions, List<String> knownHeads) {
        String holds = table + " holds revision(s) " + String.join(", ", unknownRevisions);
        if (knownHeads.isEmpty()) {
            return holds + ", but no migrations are loaded: the migrations were not found, so point the"
                    + " configuration at them (.classLoader(...) or .migrations(...); on the command line --classpath"
                    + " or the classpath key); the database is probably fine, so do not rewrite " + table
                    + " with stamp --purge";
        }
        return holds + " that the loaded migrations do not know (their heads: " + String.join(", ", knownHeads)
                + "); check that the classpath holds this project's current build, or deploy the build that"
                + " contains these revisions; only if they are gone for good, rewrite the table with stamp --purge";
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
