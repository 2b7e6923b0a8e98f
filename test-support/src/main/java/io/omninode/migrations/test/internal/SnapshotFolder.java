package io.omninode.migrations.test.internal;

import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The revision snapshots the processor writes: {@code <revision>.json} in one folder, as {@code check} reads them. */
record SnapshotFolder(Path folder) {

    Path file(String revision) {
        return folder.resolve(revision + ".json");
    }

    /** @throws IllegalStateException for a file that is not a snapshot, naming it */
    Optional<Schema> of(String revision) {
        Path file = file(revision);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SchemaSnapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot " + file, e);
        } catch (SnapshotFormatException e) {
            throw new IllegalStateException("the snapshot " + file + " is not a valid snapshot: " + e.getMessage()
                    + "; compile the migrations again so that the processor rewrites it", e);
        }
    }
}
