package io.omninode.migrations.examples;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** The demo CLI's working directory: the revision snapshots where {@code check} looks for them, and nothing else. */
final class DemoWorkspace {

    /** Where the build puts {@code src/main/schema} in the demo's classes. */
    private static final String SCHEMA_RESOURCES = "io/omninode/migrations/examples/schema/";

    private DemoWorkspace() {}

    /**
     * A working directory for the CLI holding the revision snapshots ({@code src/main/schema}, where
     * {@code check} finds them), deleted at exit also when the demo is interrupted.
     */
    static Path create() throws IOException {
        Path directory = Files.createTempDirectory("omninode-demo-work");
        Path schema = Files.createDirectories(directory.resolve("src/main/schema"));
        directory.toFile().deleteOnExit(); // registered first, deleted last
        schema.getParent().getParent().toFile().deleteOnExit();
        schema.getParent().toFile().deleteOnExit();
        schema.toFile().deleteOnExit();
        ClassLoader loader = BridgeDemo.class.getClassLoader();
        for (String revision : ServiceLoader.load(MigrationRegistry.class, loader).stream()
                .flatMap(registry -> registry.get().migrations().stream()).map(MigrationDescriptor::revision).toList()) {
            try (InputStream snapshot = loader.getResourceAsStream(SCHEMA_RESOURCES + revision + ".json")) {
                if (snapshot != null) {
                    Path file = schema.resolve(revision + ".json");
                    Files.copy(snapshot, file);
                    file.toFile().deleteOnExit();
                }
            }
        }
        return directory;
    }

    static void delete(Path directory) throws IOException {
        Path schema = directory.resolve("src/main/schema");
        try (var files = Files.list(schema)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(schema);
        Files.delete(schema.getParent());
        Files.delete(schema.getParent().getParent());
        Files.delete(directory);
    }
}
