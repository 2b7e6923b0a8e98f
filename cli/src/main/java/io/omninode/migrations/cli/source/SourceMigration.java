package io.omninode.migrations.cli.source;

import io.omninode.migrations.graph.Revision;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code @Migration} class as its source declares it.
 *
 * @param file the source file
 * @param line the line of its {@code @Migration}
 * @param className the class's canonical name ({@code com.example.db.V1CreateNode})
 * @param revision its node in the revision graph
 */
public record SourceMigration(Path file, int line, String className, Revision revision) {

    public SourceMigration {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revision, "revision");
    }

    /** {@code path/V1CreateNode.java:7}, for messages. */
    public String location() {
        return file + ":" + line;
    }
}
