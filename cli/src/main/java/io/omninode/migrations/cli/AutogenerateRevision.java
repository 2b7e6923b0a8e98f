package io.omninode.migrations.cli;

import io.omninode.migrations.DatabaseSchema;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.processor.snapshot.OfflineAutogenerate;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code revision --autogenerate}: compares the entity snapshot compiled into the classpath with the
 * live database at head (or, with {@code --offline}, with the head revision's snapshot in the schema
 * folder, no database involved) and writes the migration for the difference, with its own snapshot.
 * The head comes from the working history (compiled and source migrations), so it works right after a
 * strict compilation failed: that compilation still wrote the entity snapshot, and a migration written
 * by an earlier run but not compiled yet is the head, not a reason to write the same revision again.
 */
final class AutogenerateRevision {

    private final Session session;
    private final Migrator migrator;
    private final RevisionFiles files;

    AutogenerateRevision(Session session, Migrator migrator, RevisionFiles files) {
        this.session = session;
        this.migrator = migrator;
        this.files = files;
    }

    /**
     * @param schemaDir {@code --schema-dir}, or null for the configuration's or the default
     * @param offline compare with the head's snapshot file instead of the live database
     * @param safe write the safe form for existing tables
     */
    int run(String message, String schemaDir, boolean offline, boolean safe) {
        String head = singleHead();
        Schema entities = entities();
        Path folder = session.schemaFolder(schemaDir);
        OfflineAutogenerate.Result result;
        try {
            // named like every other revision the CLI writes, so the folder keeps sorting by creation time
            OfflineAutogenerate.Request request = new OfflineAutogenerate.Request(entities, folder, head, message,
                    files.sourceFolder(), files.packageName(), Optional.of(files.now()), safe);
            result = offline ? OfflineAutogenerate.run(request) : againstDatabase(request, head);
        } catch (IOException e) {
            throw CliException.configuration("cannot read or write the snapshots in " + folder + " or the migration in "
                    + files.sourceFolder() + ": " + e.getMessage());
        } catch (SnapshotFormatException e) {
            throw CliException.configuration("the snapshot of head revision " + head + " in " + folder
                    + " is not a valid snapshot: " + e.getMessage());
        }
        switch (result.status()) {
            case NO_CHANGES -> session.console().println("No changes detected");
            case HEAD_SNAPSHOT_MISSING -> throw CliException.configuration("head revision " + head + " has no snapshot "
                    + folder.resolve(head + ".json") + " to compare the entities with; compile the project with"
                    + " -Aomninode.migrations.schemaDir=" + folder + " (the processor writes the head's snapshot),"
                    + " or point --schema-dir or the " + ConfigFile.SCHEMA_DIR + " key at that folder");
            case WRITTEN -> {
                result.summary().forEach(line -> session.console().info("Detected " + line));
                result.renameAdvice().forEach(session.console()::warn);
                long destructive = result.summary().stream().filter(line -> line.endsWith("(destructive)")).count();
                if (destructive > 0) {
                    session.console().warn(destructive + " destructive step(s), marked // WARNING: destructive in the"
                            + " migration: review them before upgrading, data in them is lost");
                }
                session.console().println("  Generating " + result.migrationFile().orElseThrow() + " ...  done");
                session.console().println("  Generating " + result.snapshotFile().orElseThrow() + " ...  done");
                result.followUpFiles().forEach(file -> session.console().println("  Generating " + file + " ...  done"));
                if (!result.followUpFiles().isEmpty()) {
                    session.console().info("the steps that take long locks if run in a transaction (concurrent indexes,"
                            + " validations) are in the second revision, transactional = false");
                }
            }
        }
        return ExitCode.OK;
    }

    /**
     * The database must be at the head the new revision builds on, or the pending migrations would be
     * generated again; the entities are compared as its server prints them.
     */
    private OfflineAutogenerate.Result againstDatabase(OfflineAutogenerate.Request request, String head)
            throws IOException {
        Migrator database = session.migrator();
        if (!database.graph().heads().equals(head.isEmpty() ? List.of() : List.of(head))) {
            throw CliException.usage("head revision " + head + " is not compiled yet, so the database cannot be at it;"
                    + " compile the project and run omninode-migrate upgrade head first");
        }
        database.requireAtHead();
        DatabaseSchema live = database.readSchema();
        live.notCompared().forEach(n -> session.console().warn("not compared: " + n
                + " (outside the schema model; a migration must handle it by hand)"));
        Schema entities = request.entities();
        return OfflineAutogenerate.againstDatabase(request, live.schema(),
                database.asServerPrints(entities).withRenameHints(entities.renameHints()));
    }

    private Schema entities() {
        try {
            return OfflineAutogenerate.entitySnapshot(session.classLoader()).orElseThrow(() ->
                    CliException.configuration("no entity snapshot (" + OfflineAutogenerate.ENTITY_SNAPSHOT_RESOURCE
                            + ") on the classpath; compile the entity classes with the OmniNode processor and give"
                            + " the compiled classes with --classpath or the classpath key of " + ConfigFile.FILE_NAME));
        } catch (SnapshotFormatException e) {
            throw CliException.configuration("the entity snapshot on the classpath is not valid: " + e.getMessage());
        }
    }

    /** The head to build on: "" before the first migration. */
    private String singleHead() {
        List<String> heads = migrator.graph().heads();
        if (heads.size() > 1) {
            throw CliException.usage("Multiple heads are present (" + String.join(", ", heads) + "); merge them with"
                    + " omninode-migrate merge before autogenerating, so the new revision has one schema to start from");
        }
        return heads.isEmpty() ? "" : heads.get(0);
    }
}
