package io.omninode.migrations.graph;

import java.util.List;

/**
 * What a revision target names: the revisions to reach and, when it names a base, whose base.
 *
 * <p>{@code base} is the base of everything. But {@code audit@base}, or {@code audit@-2} walking
 * past the first revision of the {@code audit} branch, is the base of that line only: a downgrade
 * there removes the line's revisions and leaves unrelated branches applied, as Alembic does.
 *
 * @param revisions the revisions, in topological order; empty for a base
 * @param lineRoots for a base of one line of history, the revisions that line starts from (they and
 *     their descendants are what a downgrade removes); empty for the base of everything
 */
public record ResolvedTarget(List<String> revisions, List<String> lineRoots) {

    public ResolvedTarget {
        revisions = List.copyOf(revisions);
        lineRoots = List.copyOf(lineRoots);
        if (!revisions.isEmpty() && !lineRoots.isEmpty()) {
            throw new IllegalArgumentException("only a base target has line roots");
        }
    }

    static ResolvedTarget of(List<String> revisions) {
        return new ResolvedTarget(revisions, List.of());
    }

    /** Whether this is the base of one line of history rather than of everything. */
    public boolean isLineBase() {
        return !lineRoots.isEmpty();
    }
}
