package io.omninode.migrations.processor.options;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The processor's {@code -A} options.
 *
 * @param registryPackage where the registry is generated; empty for the migrations' longest common package
 * @param requireSingleHead whether several heads are an error instead of a warning
 * @param schemaDir the folder of revision snapshots, if entities are compared with them
 * @param stubDir where migration stubs are written, if not the default
 * @param strict whether entity changes without a migration and tables without a primary key are errors
 * @param namingStrategy how Jakarta Persistence names become table and column names
 */
public record ProcessorOptions(Optional<String> registryPackage, boolean requireSingleHead,
        Optional<Path> schemaDir, Optional<Path> stubDir, boolean strict, NamingStrategy namingStrategy) {

    public static final String REGISTRY_PACKAGE = "omninode.migrations.registryPackage";
    public static final String REQUIRE_SINGLE_HEAD = "omninode.migrations.requireSingleHead";
    /** The source-controlled folder of revision snapshots, {@code <revision>.json}. */
    public static final String SCHEMA_DIR = "omninode.migrations.schemaDir";
    /** Where migration stubs go; default {@code omninode-migrations/stubs} next to the class output folder. */
    public static final String STUB_DIR = "omninode.migrations.stubDir";
    /** Entities without a migration, and tables without a primary key, are errors instead of warnings. */
    public static final String STRICT = "omninode.migrations.strict";

    /** For Jakarta Persistence entities: {@code jpa} (default) or {@code snake_case}, as Spring Boot names them. */
    public static final String NAMING_STRATEGY = "omninode.migrations.namingStrategy";

    /** {@code true}: a note with the time each stage took (benchmarks/processor-scale.sh reads it). */
    public static final String STAGE_TIMES = "omninode.migrations.stageTimes";

    public static final Set<String> NAMES =
            Set.of(REGISTRY_PACKAGE, REQUIRE_SINGLE_HEAD, SCHEMA_DIR, STUB_DIR, STRICT, NAMING_STRATEGY, STAGE_TIMES);

    /**
     * Reads the options, reporting malformed ones.
     *
     * @throws IllegalArgumentException with a message saying which option is wrong and how to fix it
     */
    public static ProcessorOptions parse(Map<String, String> options) {
        Optional<String> registryPackage = Optional.ofNullable(options.get(REGISTRY_PACKAGE))
                .map(String::trim)
                .filter(p -> !p.isEmpty());
        registryPackage.ifPresent(p -> {
            if (!SourceVersion.isName(p)) {
                throw new IllegalArgumentException("-A" + REGISTRY_PACKAGE + "=" + p
                        + " is not a valid package name; give a name such as com.example.migrations");
            }
        });
        return new ProcessorOptions(registryPackage, parseBoolean(options, REQUIRE_SINGLE_HEAD),
                path(options, SCHEMA_DIR), path(options, STUB_DIR), parseBoolean(options, STRICT),
                options.get(NAMING_STRATEGY) == null || options.get(NAMING_STRATEGY).isBlank() ? NamingStrategy.JPA
                        : NamingStrategy.of(NAMING_STRATEGY, options.get(NAMING_STRATEGY)));
    }

    private static Optional<Path> path(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.trim()));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("-A" + name + "=" + value + " is not a valid path: " + e.getMessage());
        }
    }

    private static boolean parseBoolean(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("-A" + name + "=" + value + " must be true or false");
    }
}
