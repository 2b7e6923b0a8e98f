package io.omninode.migrations;

import java.util.List;

/**
 * The database's current revisions (its version-table rows) and any applied revision whose source
 * changed since it ran.
 *
 * <pre>{@code
 * CurrentState state = migrator.current();
 * state.heads().forEach(r -> System.out.println(r.revision() + (r.head() ? " (head)" : "")));
 * }</pre>
 *
 * @param heads the revisions in the version table, in topological order; empty at base
 * @param changed applied revisions whose checksum differs from the one recorded when they ran
 */
public record CurrentState(List<RevisionInfo> heads, List<ChecksumMismatch> changed) {

    public CurrentState {
        heads = List.copyOf(heads);
        changed = List.copyOf(changed);
    }

    /** The current revision ids. */
    public List<String> revisions() {
        return heads.stream().map(RevisionInfo::revision).toList();
    }
}
