package io.omninode.migrations.graph;

import java.util.List;
import java.util.Objects;

/**
 * What a revision target names: the revisions to reach and, when it names a base, whose base.
 *
 * <p>{@code base} is the base of everything. But {@code audit@base}, or {@code audit@-2} walking
 * past the first revision of the {@code audit} branch, is the base of that line: as in Alembic, a
 * downgrade there removes everything that grew from the line's first revisions (its roots). When
 * those roots carry other branches too, the {@link Planner} refuses rather than remove revisions
 * outside the line the user named.
 *
 * <pre>{@code
 * ResolvedTarget target = new TargetResolver(graph).resolveTarget("audit@base", rows);
 * target.lineRoots(); // ["b1"]: a downgrade removes b1 and what follows it
 * }</pre>
 *
 * @param revisions the revisions, in topological order; empty for a base
 * @param lineRoots for the base of one line of history, the base revisions Alembic goes down to (they
 *     and their descendants are what a downgrade removes); empty for the base of everything
 * @param lineOf for the base of one line, the revision whose line the user named (a branch label's
 *     revision, or the revision a relative step started from); {@code null} otherwise
 */
public record ResolvedTarget(List<String> revisions, List<String> lineRoots, String lineOf) {

    public ResolvedTarget {
        revisions = List.copyOf(revisions);
        lineRoots = List.copyOf(lineRoots);
        if (!revisions.isEmpty() && lineOf != null) {
            throw new IllegalArgumentException("only a base target belongs to a line");
        }
        if (lineRoots.isEmpty() != (lineOf == null)) {
            throw new IllegalArgumentException("the base of a line needs both its roots and the revision named");
        }
    }

    static ResolvedTarget of(List<String> revisions) {
        return new ResolvedTarget(revisions, List.of(), null);
    }

    static ResolvedTarget baseOfLine(List<String> roots, String lineOf) {
        return new ResolvedTarget(List.of(), roots, Objects.requireNonNull(lineOf, "lineOf"));
    }

    /** Whether this is the base of one line of history rather than of everything. */
    public boolean isLineBase() {
        return lineOf != null;
    }
}
