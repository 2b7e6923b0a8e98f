package io.omninode.migrations.schema.diff;

import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaDiff#compare} found.
 *
 * @param from the schema the changes apply to
 * @param changes the changes, in an order PostgreSQL accepts
 * @param renameCandidates drops next to adds that may be undeclared renames
 */
public record DiffResult(Schema from, List<SchemaChange> changes, List<RenameCandidate> renameCandidates) {

    public DiffResult {
        Objects.requireNonNull(from, "from");
        changes = List.copyOf(changes);
        renameCandidates = List.copyOf(renameCandidates);
    }

    /** Whether the schemas are equivalent. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One line per change, such as {@code + table bridge} or {@code ~ column node.status: text -> node_status}. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>(changes.size());
        Schema current = from;
        for (SchemaChange change : changes) {
            lines.add(change.accept(new ChangeDescriber(current)) + (change.destructive() ? "  (destructive)" : ""));
            current = current.apply(change);
        }
        return lines;
    }
}
