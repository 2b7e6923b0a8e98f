package io.omninode.migrations.schema.diff;

import io.omninode.migrations.schema.change.SchemaChange;
import java.util.List;

/**
 * What {@link SchemaDiff#compare} found.
 *
 * @param changes the changes, in an order PostgreSQL accepts
 * @param summary one review line per change, such as {@code + table bridge} or
 *     {@code ~ column node.status: text -> node_status}; destructive ones end with {@code (destructive)}
 * @param renameCandidates drops next to adds that may be undeclared renames
 */
public record DiffResult(List<SchemaChange> changes, List<String> summary, List<RenameCandidate> renameCandidates) {

    public DiffResult {
        changes = List.copyOf(changes);
        summary = List.copyOf(summary);
        renameCandidates = List.copyOf(renameCandidates);
        if (summary.size() != changes.size()) {
            throw new IllegalArgumentException("one summary line per change");
        }
    }

    /** Whether the schemas are equivalent. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
