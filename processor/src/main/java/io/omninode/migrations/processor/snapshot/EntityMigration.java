package io.omninode.migrations.processor.snapshot;

import io.omninode.migrations.processor.codegen.MigrationSource;
import io.omninode.migrations.processor.codegen.SafeForm;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The migration from the head's snapshot to the entities: the diff (with its review lines and
 * rename advice) and the source to write. Shared by the entity check's stub and the offline
 * autogenerate, so both propose the same migration.
 *
 * @param diff the changes, their summary and the possible renames
 * @param source the migration class to write
 * @param outsideTransaction the non-transactional revision after it that finishes the safe form
 *     ({@link SafeForm}), if one is needed
 */
record EntityMigration(DiffResult diff, MigrationSource source, Optional<MigrationSource> outsideTransaction) {

    /**
     * The migration, or empty when the entities match the head's schema.
     *
     * @param head the head revision's schema ({@link Schema#EMPTY} before the first revision)
     * @param headRevision the head revision, or "" when there is none yet
     * @param created the creation time for the class name; empty for the stub's time-free name
     * @param safe write the {@link SafeForm}; {@code false} for teams that migrate only empty databases
     */
    static Optional<EntityMigration> of(Schema head, Schema entities, String headRevision, String message,
            String packageName, Optional<LocalDateTime> created, boolean safe) {
        DiffResult diff = SchemaDiff.compare(head, entities);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        String revision = revisionId(headRevision, message, SchemaSnapshot.toJson(entities));
        MigrationSource.Changes changes = new MigrationSource.Changes(diff.summary(), diff.changes(),
                SchemaDiff.reverse(head, entities));
        if (!safe) {
            return Optional.of(new EntityMigration(diff,
                    MigrationSource.ofChanges(packageName, revision, headRevision, message, changes, created),
                    Optional.empty()));
        }
        SafeForm.Split split = SafeForm.of(head, changes);
        MigrationSource first = MigrationSource.ofChanges(packageName, revision, headRevision, message,
                split.inTransaction(), created);
        if (split.outsideTransaction().isEmpty()) {
            return Optional.of(new EntityMigration(diff, first, Optional.empty()));
        }
        MigrationSource.Changes outside = split.outsideTransaction().get();
        if (split.inTransaction().upgrade().isEmpty()) {
            // nothing needs a transaction: one revision, outside one
            return Optional.of(new EntityMigration(diff, MigrationSource.ofChanges(packageName, revision, headRevision,
                    message, outside, created).outsideTransaction(), Optional.empty()));
        }
        return Optional.of(new EntityMigration(diff, first,
                Optional.of(first.followedOutsideTransaction(revisionId(revision, "outside a transaction"), outside))));
    }

    /** The rename advice, one sentence per suspicious drop-and-add. */
    List<String> renameAdvice() {
        return diff.renameCandidates().stream().map(c -> c.advice()).toList();
    }

    /**
     * An Alembic-style revision id (12 hex digits) derived from the inputs, so that the same head and
     * the same entities give the same stub on every build instead of a new file each time.
     */
    static String revisionId(String... inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                digest.update(input.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
