package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.NotComparedObject;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One side of {@code diff}: a database URL, a snapshot file ({@code .json}), {@code entities} (the entity
 * snapshot on the classpath) or {@code head} (the head revision's snapshot in the schema folder).
 *
 * @param schema the schema it describes
 * @param database the database it was read from, which can print the other side's expressions as its server
 *     does; empty for a snapshot
 * @param notCompared what the database holds outside the model
 */
record DiffOperand(Schema schema, Optional<Migrator> database, List<NotComparedObject> notCompared) {

    private static final Pattern DATABASE_URL = Pattern.compile("(jdbc:)?postgres(ql)?(\\+[a-z0-9_]+)?://.*");

    static boolean isDatabase(String operand) {
        return DATABASE_URL.matcher(operand).matches();
    }

    static DiffOperand resolve(Session session, String operand, String schemaDir) {
        if (isDatabase(operand)) {
            Migrator database = session.schemaReader(operand);
            var live = database.readSchema();
            return new DiffOperand(live.schema(), Optional.of(database), live.notCompared());
        }
        if (operand.equals("entities")) {
            return snapshot(readEntities(session));
        }
        if (operand.equals("head")) {
            return snapshot(read(headSnapshot(session, schemaDir)));
        }
        if (operand.endsWith(".json")) {
            return snapshot(read(session.context().workingDirectory().resolve(operand).normalize()));
        }
        throw CliException.usage("cannot compare \"" + operand + "\": give a database URL (postgresql://... or"
                + " jdbc:postgresql://...), a snapshot file ending in .json, entities or head");
    }

    private static DiffOperand snapshot(Schema schema) {
        return new DiffOperand(schema.withRenameHints(List.of()), Optional.empty(), List.of());
    }

    private static Schema readEntities(Session session) {
        try {
            return SchemaSnapshot.fromClasspath(session.classLoader()).orElseThrow(() -> CliException.configuration(
                    "no entity snapshot (" + SchemaSnapshot.ENTITY_RESOURCE + ") on the classpath; compile the"
                            + " entities with the OmniNode processor and give the classes with --classpath"));
        } catch (SnapshotFormatException e) {
            throw CliException.configuration("the entity snapshot on the classpath is not valid: " + e.getMessage());
        }
    }

    private static Path headSnapshot(Session session, String schemaDir) {
        List<String> heads = session.offlineMigrator().graph().heads();
        if (heads.size() != 1) {
            throw CliException.usage("head names one revision, but the migrations have " + heads.size()
                    + " heads (" + String.join(", ", heads) + "); merge them, or give the snapshot file instead");
        }
        return session.schemaFolder(schemaDir).resolve(heads.get(0) + ".json");
    }

    private static Schema read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CliException.configuration("snapshot file " + file + " does not exist; the processor writes one per"
                    + " revision with -Aomninode.migrations.schemaDir, and omninode-migrate snapshot --out writes a"
                    + " database's");
        }
        try {
            return SchemaSnapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CliException.configuration("cannot read " + file + ": " + e.getMessage());
        } catch (SnapshotFormatException e) {
            throw CliException.configuration(file + " is not a valid snapshot: " + e.getMessage());
        }
    }
}
