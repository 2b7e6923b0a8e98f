package io.omninode.migrations.internal.plan;

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
 * @param lineOf the revision whose line the target follows ({@code label@-1}: the label's revision;
 *     {@code -1}: the current revision it starts from; for a base of one line, the revision whose line
 *     the user named), or {@code null}; as Alembic's branch label, it picks the branch a downgrade
 *     removes when several follow the target revision
 */
public record ResolvedTarget(List<String> revisions, List<String> lineRoots, String lineOf) {

    public ResolvedTarget {
        revisions = List.copyOf(revisions);
        lineRoots = List.copyOf(lineRoots);
        if (!lineRoots.isEmpty() && (!revisions.isEmpty() || lineOf == null)) {
            throw new IllegalArgumentException("only a base target has line roots, and it names its line");
        }
    }

    static ResolvedTarget of(List<String> revisions) {
        return new ResolvedTarget(revisions, List.of(), null);
    }

    static ResolvedTarget baseOfLine(List<String> roots, String lineOf) {
        return new ResolvedTarget(List.of(), roots, Objects.requireNonNull(lineOf, "lineOf"));
    }

    static ResolvedTarget onLine(List<String> revisions, String lineOf) {
        return new ResolvedTarget(revisions, List.of(), lineOf);
    }

    /** Whether this is the base of one line of history rather than of everything. */
    public boolean isLineBase() {
        return !lineRoots.isEmpty();
    }
}
