package io.omninode.migrations;

import java.util.List;

/**
 * The database's current revisions (its version-table rows), the revisions applied only because a
 * row depends on them, and any applied revision whose source changed since it ran.
 *
 * <pre>{@code
 * CurrentState state = migrator.current();
 * state.heads().forEach(r -> System.out.println(r.revision() + (r.head() ? " (head)" : "")));
 * }</pre>
 *
 * @param heads the revisions in the version table, in topological order; empty at base
 * @param dependencyHeads applied revisions that are not rows and that no applied revision follows: they
 *     are applied as a {@code dependsOn} target of a row (Alembic's {@code current} lists them too, as
 *     "effective head" when nothing follows them at all), in topological order
 * @param changed applied revisions whose checksum differs from the one recorded when they ran
 */
public record CurrentState(List<RevisionInfo> heads, List<RevisionInfo> dependencyHeads,
        List<ChecksumMismatch> changed) {

    public CurrentState {
        heads = List.copyOf(heads);
        dependencyHeads = List.copyOf(dependencyHeads);
        changed = List.copyOf(changed);
    }

    /** What Alembic's {@code current} lists: the rows, then the dependency heads. */
    public List<RevisionInfo> all() {
        List<RevisionInfo> all = new java.util.ArrayList<>(heads);
        all.addAll(dependencyHeads);
        return List.copyOf(all);
    }

    /** The current revision ids (the version rows). */
    public List<String> revisions() {
        return heads.stream().map(RevisionInfo::revision).toList();
    }
}
