package io.omninode.migrations.processor.snapshot;

import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Snapshot and source files outside the compiler's Filer (the source-controlled schema folder,
 * the stub folder): written only when their content changes, so builds do not churn them.
 */
public final class SnapshotFiles {

    private SnapshotFiles() {}

    /** The snapshot of {@code revision} in {@code schemaDir}, if there is one. */
    public static Path revisionFile(Path schemaDir, String revision) {
        return schemaDir.resolve(revision + ".json");
    }

    /**
     * Reads a snapshot file.
     *
     * @throws io.omninode.migrations.schema.snapshot.SnapshotFormatException when it is not a valid snapshot
     */
    public static Optional<Schema> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(SchemaSnapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code schema} unless the file already describes the same schema (in any formatting).
     *
     * @return whether the file was written
     */
    public static boolean writeIfChanged(Path file, Schema schema) throws IOException {
        try {
            if (read(file).filter(schema::equals).isPresent()) {
                return false;
            }
        } catch (RuntimeException unreadable) {
            // an unreadable old file is replaced
        }
        return writeIfChanged(file, SchemaSnapshot.toJson(schema));
    }

    /** Writes {@code text} unless the file already holds exactly it. */
    public static boolean writeIfChanged(Path file, String text) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return true;
    }
}
