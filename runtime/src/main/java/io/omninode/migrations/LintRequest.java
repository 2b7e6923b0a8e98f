package io.omninode.migrations;

import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Which revisions {@link Migrator#lint(LintRequest)} checks and where it measures them.
 *
 * <pre>{@code
 * migrator.lint(LintRequest.unapplied().measuredOn(scratchDataSource));  // what upgrade head would run
 * migrator.lint(LintRequest.all());                                       // every revision, rules only
 * }</pre>
 *
 * @param range {@code start:end} (Alembic's history range), empty for the default selection
 * @param everyRevision every revision instead of those not yet applied to the configured database
 * @param scratch an empty database to measure on, never the configured one; empty for the static rules only
 */
public record LintRequest(Optional<String> range, boolean everyRevision, Optional<DataSource> scratch) {

    public LintRequest {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scratch, "scratch");
        if (everyRevision && range.isPresent()) {
            throw new IllegalArgumentException("give either a range or all revisions, not both");
        }
    }

    /** The revisions not yet applied to the configured database (reads its version table, nothing else). */
    public static LintRequest unapplied() {
        return new LintRequest(Optional.empty(), false, Optional.empty());
    }

    /** Every revision; the configured database is not read. */
    public static LintRequest all() {
        return new LintRequest(Optional.empty(), true, Optional.empty());
    }

    /** The revisions of a {@code start:end} range, as {@code history} takes it. */
    public static LintRequest range(String range) {
        return new LintRequest(Optional.of(range), false, Optional.empty());
    }

    /** The same selection, also measured on {@code scratchDatabase}, an empty database lint may fill and discard. */
    public LintRequest measuredOn(DataSource scratchDatabase) {
        return new LintRequest(range, everyRevision, Optional.of(scratchDatabase));
    }
}
