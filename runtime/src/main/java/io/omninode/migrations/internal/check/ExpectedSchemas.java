package io.omninode.migrations.internal.check;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.config.MigratorSettings;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database at some revision should hold: the entity snapshot compiled into the classpath
 * (Alembic's {@code check}: the models), and the snapshot of that revision in the schema folder (drift
 * made outside migrations). Either may be missing; a check needs one.
 */
final class ExpectedSchemas {

    static final String ENTITIES = "the entities";

    private ExpectedSchemas() {}

    /**
     * Each expected schema by its description, entities first; empty when there is none.
     *
     * @throws ConfigurationException when a snapshot is not valid or cannot be read
     */
    static Map<String, Schema> of(MigratorSettings settings, List<String> versionRows) {
        Map<String, Schema> expected = new LinkedHashMap<>();
        if (settings.classLoader() != null) {
            try {
                SchemaSnapshot.fromClasspath(settings.classLoader()).ifPresent(s -> expected.put(ENTITIES, s));
            } catch (SnapshotFormatException e) {
                throw new ConfigurationException("the entity snapshot " + SchemaSnapshot.ENTITY_RESOURCE
                        + " on the classpath is not valid (" + e.getMessage() + "); compile the entities again", e);
            }
        }
        if (settings.schemaDir() != null && versionRows.size() == 1) {
            Path file = settings.schemaDir().resolve(versionRows.get(0) + ".json");
            if (Files.isRegularFile(file)) {
                expected.put("the snapshot of revision " + versionRows.get(0), read(file));
            }
        }
        return expected;
    }

    /** Why there is nothing to compare with, and how to give something. */
    static String nothingToCompare(MigratorSettings settings, List<String> versionRows) {
        String snapshot = versionRows.size() == 1 && settings.schemaDir() != null
                ? "no snapshot " + settings.schemaDir().resolve(versionRows.get(0) + ".json")
                : "no schema folder with the snapshot of the database's revision";
        return "nothing to compare the database with: no entity snapshot (" + SchemaSnapshot.ENTITY_RESOURCE
                + ") on the classpath and " + snapshot + "; compile the entities with the OmniNode processor and"
                + " put the classes on the classpath, or set schemaDir (schema_dir) to the folder the processor"
                + " writes revision snapshots into (-Aomninode.migrations.schemaDir)";
    }

    private static Schema read(Path file) {
        try {
            return SchemaSnapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the snapshot " + file + ": " + e.getMessage(), e);
        } catch (SnapshotFormatException e) {
            throw new ConfigurationException("the snapshot " + file + " is not a valid snapshot: " + e.getMessage(), e);
        }
    }
}
