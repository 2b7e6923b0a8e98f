package io.omninode.migrations.processor.snapshot;

import io.omninode.migrations.processor.codegen.StubWriter;
import io.omninode.migrations.processor.codegen.StubWriter.Stub;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * What a migration from the head's snapshot to the entities would be: the diff (with its review
 * lines and rename advice) and the stub to write. Shared by the compile-time check and the
 * offline autogenerate, so both propose the same migration.
 *
 * @param diff the changes, their summary and the possible renames
 * @param stub the migration class to write
 */
public record StubPlan(DiffResult diff, Stub stub) {

    /**
     * The plan, or empty when the entities match the head's schema.
     *
     * @param head the head revision's schema ({@link Schema#EMPTY} before the first revision)
     * @param headRevision the head revision, or "" when there is none yet
     */
    public static Optional<StubPlan> of(Schema head, Schema entities, String headRevision, String message,
            String packageName) {
        DiffResult diff = SchemaDiff.compare(head, entities);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        String revision = StubWriter.revisionId(headRevision, message, SchemaSnapshot.toJson(entities));
        List<String> summary = diff.summary();
        Stub stub = new Stub(packageName, revision, headRevision, message, summary, diff.changes(),
                SchemaDiff.reverse(head, entities));
        return Optional.of(new StubPlan(diff, stub));
    }

    /** The rename advice, one sentence per suspicious drop-and-add. */
    public List<String> renameAdvice() {
        return diff.renameCandidates().stream().map(c -> c.advice()).toList();
    }
}
