package io.omninode.migrations.processor.snapshot;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.processor.options.ProcessorOptions;
import io.omninode.migrations.processor.codegen.MigrationClassName;
import io.omninode.migrations.processor.codegen.MigrationSource;
import io.omninode.migrations.processor.codegen.MigrationSourceWriter;
import io.omninode.migrations.processor.migration.MigrationModel;
import io.omninode.migrations.processor.diagnostic.Diagnostic;
import io.omninode.migrations.processor.entity.EntitySchema;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entity check: compares the entities with the head revision's snapshot in the schema folder
 * (not to be confused with drift, the live database against what it should be): a head without a
 * snapshot gets the entities' (the new migration claims to produce them); a head whose snapshot
 * differs gets a warning (an error when strict) listing every change, and a migration stub. Several
 * heads leave no single snapshot to compare with: a warning, an error when strict.
 */
public final class EntityCheck {

    /** The processor writes stubs with this message; the user edits it before committing. */
    static final String STUB_MESSAGE = "entity changes";

    private final Diagnostics diagnostics;
    private final boolean strict;
    private final boolean safe;

    /** @param safe stubs in the safe form ({@link io.omninode.migrations.processor.codegen.SafeForm}) */
    public EntityCheck(Diagnostics diagnostics, boolean strict, boolean safe) {
        this.diagnostics = diagnostics;
        this.strict = strict;
        this.safe = safe;
    }

    /**
     * @param entities the entity schema
     * @param schemaDir the revision snapshot folder
     * @param headModels the migrations at the revision graph's heads (none: no migration exists yet)
     * @param stubDir where to write a stub, if known
     * @param stubPackage the package of a stub
     */
    public void check(EntitySchema entitySchema, Path schemaDir, List<MigrationModel> headModels, Optional<Path> stubDir,
            String stubPackage) {
        Schema entities = entitySchema.schema();
        List<String> heads = headModels.stream().map(m -> m.revision().id()).toList();
        if (heads.size() > 1) {
            // strict mode promises that entities match a migration; with no single snapshot that promise is unchecked
            MigrationModel last = headModels.get(headModels.size() - 1); // heads are sorted: a stable place
            diagnostics.report(ProcessorMessages.severalHeads(heads, strict).errorIf(strict)
                    .on(last.type(), last.annotation()));
            return;
        }
        if (heads.isEmpty()) {
            // no migration yet: the first one must create everything
            EntityMigration.of(Schema.EMPTY, entities, "", STUB_MESSAGE, stubPackage, Optional.empty(), safe)
                    .ifPresent(plan -> diagnostics.report(ProcessorMessages.noMigrationYet(plan.diff().summary(),
                            writeStub(plan, stubDir)).errorIf(strict)));
            return;
        }
        MigrationModel headModel = headModels.get(0);
        String head = heads.get(0);
        Path file = SnapshotFiles.revisionFile(schemaDir, head);
        Optional<Schema> headSchema;
        try {
            headSchema = SnapshotFiles.read(file);
        } catch (IOException | SnapshotFormatException e) {
            diagnostics.report(ProcessorMessages.unreadableSnapshot(file.toString(), e.getMessage()));
            return;
        }
        if (headSchema.isEmpty()) {
            try {
                SnapshotFiles.writeIfChanged(file, entities.withRenameHints(List.of()));
                diagnostics.report(ProcessorMessages.snapshotWritten(head, file.toString()));
            } catch (IOException e) {
                // on the head's @Migration: the revision whose snapshot is missing
                diagnostics.report(ProcessorMessages.snapshotNotWritten(file.toString(), e)
                        .on(headModel.type(), headModel.annotation()));
            }
            return;
        }
        Schema before = headSchema.get();
        EntityMigration.of(before, entities, head, STUB_MESSAGE, stubPackage, Optional.empty(), safe).ifPresent(plan -> {
            Diagnostic changed = ProcessorMessages.entitiesChanged(head, file.toString(), plan.diff().summary(),
                    plan.renameAdvice(), writeStub(plan, stubDir)).errorIf(strict);
            diagnostics.report(firstChangedEntity(before, plan.diff(), entitySchema)
                    .map(origin -> changed.on(origin.type(), origin.annotation())).orElse(changed));
        });
    }

    /** The entity of the first changed table that an entity declares: where javac shows the change. */
    private static Optional<EntitySchema.Origin> firstChangedEntity(Schema before, DiffResult diff,
            EntitySchema entitySchema) {
        Map<String, EntitySchema.Origin> bySubject = new HashMap<>();
        entitySchema.origins().forEach((table, origin) -> bySubject.put("table " + table, origin));
        return diff.changes().stream().map(change -> bySubject.get(SchemaDiff.subject(before, change)))
                .filter(Objects::nonNull).findFirst();
    }

    /** {@code target/omninode-migrations/stubs} for the class output {@code target/classes}: outside compiled sources. */
    public static Path defaultStubDir(Path classOutput) {
        Path parent = classOutput.toAbsolutePath().getParent();
        return (parent == null ? classOutput : parent).resolve("omninode-migrations").resolve("stubs");
    }

    private String writeStub(EntityMigration migration, Optional<Path> stubDir) {
        if (stubDir.isEmpty()) {
            return ProcessorMessages.stubNotWritten("the class output is not a folder; set -A" + ProcessorOptions.STUB_DIR);
        }
        MigrationSource stub = migration.source();
        Path file = stub.file(stubDir.get());
        try {
            SnapshotFiles.writeIfChanged(file, MigrationSourceWriter.write(stub).toString());
            List<Path> current = new ArrayList<>(List.of(file));
            for (MigrationSource followUp : migration.outsideTransaction().stream().toList()) {
                current.add(followUp.file(stubDir.get()));
                SnapshotFiles.writeIfChanged(current.get(1), MigrationSourceWriter.write(followUp).toString());
            }
            removeOlderStubs(current);
            return ProcessorMessages.stubWritten(String.join(" and ", current.stream().map(Path::toString).toList()));
        } catch (IOException e) {
            return ProcessorMessages.stubNotWritten("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Stubs of earlier builds describe entity changes that are gone or superseded; only the current one stays. */
    private static void removeOlderStubs(List<Path> current) throws IOException {
        String glob = MigrationClassName.undatedGlob(STUB_MESSAGE).replace("_*", "*_*"); // the follow-up's name too
        try (DirectoryStream<Path> stubs = Files.newDirectoryStream(current.get(0).getParent(), glob)) {
            for (Path stub : stubs) {
                if (!current.contains(stub)) {
                    Files.deleteIfExists(stub);
                }
            }
        }
    }
}
