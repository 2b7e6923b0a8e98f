package io.omninode.migrations.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes revision snapshots as the processor does ({@code <revision>.json}) for tests, from tables
 * written as {@code "node", "id bigint not null", "name text"}.
 *
 * <pre>{@code
 * Snapshots.write(dir, "a1", Snapshots.table("node", "id bigint not null", "name text"));
 * }</pre>
 */
final class Snapshots {

    private Snapshots() {}

    static void write(Path folder, String revision, String... tables) {
        String json = "{\"formatVersion\": 1, \"tables\": [" + String.join(", ", tables) + "]}\n";
        try {
            Files.writeString(folder.resolve(revision + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table of columns {@code name type [not null]}. */
    static String table(String name, String... columns) {
        return "{\"name\": \"" + name + "\", \"columns\": [" + Arrays.stream(columns).map(Snapshots::column)
                .collect(Collectors.joining(", ")) + "]}";
    }

    private static String column(String spec) {
        boolean notNull = spec.endsWith(" not null");
        String[] parts = spec.replace(" not null", "").split(" ", 2);
        return "{\"name\": \"" + parts[0] + "\", \"type\": \"" + parts[1] + "\", \"nullable\": " + !notNull + "}";
    }
}
