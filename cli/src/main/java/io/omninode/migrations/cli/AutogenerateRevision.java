package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.processor.autogenerate.OfflineAutogenerate;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code revision --autogenerate --offline}: compares the entity snapshot compiled into the
 * classpath with the head revision's snapshot in the schema folder and writes the migration for
 * the difference, with its own snapshot — no database involved.
 */
final class AutogenerateRevision {

    static final String DEFAULT_SCHEMA_DIR = "src/main/schema";

    private final Session session;
    private final Migrator migrator;
    private final RevisionFiles files;

    AutogenerateRevision(Session session, Migrator migrator, RevisionFiles files) {
        this.session = session;
        this.migrator = migrator;
        this.files = files;
    }

    /** @param schemaDir {@code --schema-dir}, or null for the configuration's or the default */
    int run(String message, String schemaDir) {
        String head = singleHead();
        Schema entities = entities();
        Path folder = schemaFolder(schemaDir);
        OfflineAutogenerate.Result result;
        try {
            // named like every other revision the CLI writes, so the folder keeps sorting by creation time
            result = OfflineAutogenerate.run(new OfflineAutogenerate.Request(entities, folder, head, message,
                    files.sourceFolder(), files.packageName(),
                    id -> existingClass(id).orElseGet(() -> files.className(id, message))));
        } catch (IOException | UncheckedIOException e) {
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
                session.console().println("  Generating " + result.migrationFile().orElseThrow() + " ...  done");
                session.console().println("  Generating " + result.snapshotFile().orElseThrow() + " ...  done");
            }
        }
        return ExitCode.OK;
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

    /**
     * The class already written for this revision by an earlier run: the id derives from the head, the
     * message and the entities, so running again before compiling must rewrite that file, not add a
     * second class with the same revision under a newer time.
     */
    private Optional<String> existingClass(String revision) {
        Path folder = files.sourceFolder().resolve(files.packageName().replace('.', '/'));
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Pattern sameRevision = Pattern.compile("(V\\d{8}_\\d{6}_" + Pattern.quote(revision) + "(?:_\\w*)?)\\.java");
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> sameRevision.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1)).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private Path schemaFolder(String option) {
        if (option != null) {
            return session.context().workingDirectory().resolve(option).normalize();
        }
        String configured = session.config().get(ConfigFile.SCHEMA_DIR);
        return configured != null ? session.config().resolve(configured)
                : session.context().workingDirectory().resolve(DEFAULT_SCHEMA_DIR);
    }
}
