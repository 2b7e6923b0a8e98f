package io.omninode.migrations.processor.snapshot;

import io.omninode.migrations.processor.codegen.MigrationSource;
import io.omninode.migrations.processor.codegen.MigrationSourceWriter;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code omninode-migrate revision --autogenerate --offline -m MSG} without the command line:
 * compares the entity snapshot that the processor compiled into the classpath with the head
 * revision's snapshot in the schema folder and, when they differ, writes a migration class (the
 * same code as the compile-time stub, with the user's message) into the source folder plus the new
 * revision's snapshot into the schema folder. No database is needed.
 *
 * <pre>{@code
 * Schema entities = OfflineAutogenerate.entitySnapshot(classLoader).orElseThrow();
 * OfflineAutogenerate.Result result = OfflineAutogenerate.run(new OfflineAutogenerate.Request(
 *         entities, Path.of("src/main/schema"), "1975ea83b712", "add bridge table",
 *         Path.of("src/main/java"), "com.example.db.migrations"));
 * switch (result.status()) { case NO_CHANGES -> print("No changes detected"); ... }
 * }</pre>
 *
 * The library never prints; the result says what happened.
 */
public final class OfflineAutogenerate {

    /** Where the processor puts the entity snapshot in the class output (and so on the classpath). */
    public static final String ENTITY_SNAPSHOT_RESOURCE = SchemaSnapshot.ENTITY_RESOURCE;

    /** What happened. */
    public enum Status {
        /** The entities match the head's snapshot: nothing was written ("No changes detected"). */
        NO_CHANGES,
        /** A migration class and its revision snapshot were written. */
        WRITTEN,
        /** The head revision has no snapshot in the schema folder, so there is nothing to compare with. */
        HEAD_SNAPSHOT_MISSING
    }

    /**
     * What to compare and where to write.
     *
     * @param entities the entity schema (see {@link #entitySnapshot(ClassLoader)})
     * @param schemaDir the folder of {@code <revision>.json} snapshots
     * @param headRevision the revision graph's single head, or "" when there is no migration yet
     * @param message the revision message (also the start of the class name)
     * @param sourceDir the source root for the migration class, e.g. {@code src/main/java}
     * @param packageName the package of the migration class
     * @param created the creation time, which names the class as {@code revision} does
     *     ({@code V<date>_<time>_<id>_<slug>}); empty for the compile-time stub's name ({@code AddBridgeTable_<id>})
     * @param safe write the safe form ({@link io.omninode.migrations.processor.codegen.SafeForm}), which may take a
     *     second, non-transactional revision; {@code false} for teams that migrate only empty databases
     */
    public record Request(Schema entities, Path schemaDir, String headRevision, String message, Path sourceDir,
            String packageName, Optional<LocalDateTime> created, boolean safe) {

        /** A request that names the class as the compile-time stub does ({@code AddBridgeTable_<id>}). */
        public Request(Schema entities, Path schemaDir, String headRevision, String message, Path sourceDir,
                String packageName) {
            this(entities, schemaDir, headRevision, message, sourceDir, packageName, Optional.empty(), true);
        }

        public Request {
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(schemaDir, "schemaDir");
            Objects.requireNonNull(headRevision, "headRevision");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(sourceDir, "sourceDir");
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(created, "created");
            if (message.isBlank()) {
                throw new IllegalArgumentException("a revision needs a message (-m)");
            }
        }
    }

    /**
     * The outcome.
     *
     * @param status what happened
     * @param revision the new revision id, or empty
     * @param migrationFile the migration source written, or empty
     * @param snapshotFile the revision snapshot written, or empty
     * @param summary one line per change, as in the compile-time warning
     * @param renameAdvice how to turn a drop-and-add into a rename, if one may be meant
     * @param followUpFiles the non-transactional revision that finishes the safe form and its snapshot, if any
     */
    public record Result(Status status, Optional<String> revision, Optional<Path> migrationFile,
            Optional<Path> snapshotFile, List<String> summary, List<String> renameAdvice, List<Path> followUpFiles) {

        public Result {
            Objects.requireNonNull(status, "status");
            summary = List.copyOf(summary);
            renameAdvice = List.copyOf(renameAdvice);
            followUpFiles = List.copyOf(followUpFiles);
        }

        static Result nothing(Status status) {
            return new Result(status, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                    List.of());
        }
    }

    private OfflineAutogenerate() {}

    /**
     * The entity snapshot compiled into the classpath of {@code loader}, if any.
     *
     * @throws io.omninode.migrations.schema.snapshot.SnapshotFormatException when it is not a valid snapshot
     */
    public static Optional<Schema> entitySnapshot(ClassLoader loader) {
        return SchemaSnapshot.fromClasspath(loader);
    }

    /**
     * Compares and, when the entities changed, writes the migration and its snapshot.
     *
     * @throws IOException when a snapshot cannot be read or a file cannot be written
     */
    public static Result run(Request request) throws IOException {
        Schema head = Schema.EMPTY;
        if (!request.headRevision().isEmpty()) {
            Optional<Schema> snapshot = SnapshotFiles.read(
                    SnapshotFiles.revisionFile(request.schemaDir(), request.headRevision()));
            if (snapshot.isEmpty()) {
                return Result.nothing(Status.HEAD_SNAPSHOT_MISSING);
            }
            head = snapshot.get();
        }
        return from(head, request.entities(), request);
    }

    /**
     * Compares a live database's schema with the entities and, when they differ, writes the migration and
     * the entities as its snapshot: {@code revision --autogenerate} against the database.
     *
     * @param live the database's schema, read at the head revision
     * @param entities the entities as that database's server prints them, so only real differences show
     * @throws IOException when a file cannot be written
     */
    public static Result againstDatabase(Request request, Schema live, Schema entities) throws IOException {
        return from(live, entities, request);
    }

    private static Result from(Schema head, Schema target, Request request) throws IOException {
        Optional<EntityMigration> planned = EntityMigration.of(head, target, request.headRevision(),
                request.message(), request.packageName(), request.created(), request.safe());
        if (planned.isEmpty()) {
            return Result.nothing(Status.NO_CHANGES);
        }
        MigrationSource source = planned.get().source();
        Optional<MigrationSource> followUp = planned.get().outsideTransaction();
        Schema entities = request.entities().withRenameHints(List.of());
        // the first revision's snapshot is the schema between the two: what its own changes make of the head
        Schema afterFirst = followUp.isEmpty() ? entities : applied(head, source);
        Path migration = source.file(request.sourceDir());
        Path snapshot = SnapshotFiles.revisionFile(request.schemaDir(), source.revision());
        SnapshotFiles.writeIfChanged(migration, MigrationSourceWriter.write(source).toString());
        SnapshotFiles.writeIfChanged(snapshot, afterFirst);
        List<Path> followUpFiles = new ArrayList<>();
        if (followUp.isPresent()) {
            followUpFiles.add(followUp.get().file(request.sourceDir()));
            followUpFiles.add(SnapshotFiles.revisionFile(request.schemaDir(), followUp.get().revision()));
            SnapshotFiles.writeIfChanged(followUpFiles.get(0), MigrationSourceWriter.write(followUp.get()).toString());
            SnapshotFiles.writeIfChanged(followUpFiles.get(1), entities);
        }
        return new Result(Status.WRITTEN, Optional.of(source.revision()), Optional.of(migration), Optional.of(snapshot),
                planned.get().diff().summary(), planned.get().renameAdvice(), followUpFiles);
    }

    private static Schema applied(Schema head, MigrationSource source) {
        Schema schema = head.withRenameHints(List.of());
        for (SchemaChange change : source.changes().orElseThrow().upgrade()) {
            schema = schema.apply(change);
        }
        return schema;
    }
}
