package io.omninode.migrations.processor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The processor's {@code -A} options.
 *
 * @param registryPackage where the registry is generated; empty for the migrations' longest common package
 * @param requireSingleHead whether several heads are an error instead of a warning
 */
public record ProcessorOptions(Optional<String> registryPackage, boolean requireSingleHead) {

    public static final String REGISTRY_PACKAGE = "omninode.migrations.registryPackage";
    public static final String REQUIRE_SINGLE_HEAD = "omninode.migrations.requireSingleHead";

    static final Set<String> NAMES = Set.of(REGISTRY_PACKAGE, REQUIRE_SINGLE_HEAD);

    /**
     * Reads the options, reporting malformed ones.
     *
     * @throws IllegalArgumentException with a message saying which option is wrong and how to fix it
     */
    static ProcessorOptions parse(Map<String, String> options) {
        Optional<String> registryPackage = Optional.ofNullable(options.get(REGISTRY_PACKAGE))
                .map(String::trim)
                .filter(p -> !p.isEmpty());
        registryPackage.ifPresent(p -> {
            if (!SourceVersion.isName(p)) {
                throw new IllegalArgumentException("-A" + REGISTRY_PACKAGE + "=" + p
                        + " is not a valid package name; give a name such as com.example.migrations");
            }
        });
        return new ProcessorOptions(registryPackage, parseBoolean(options, REQUIRE_SINGLE_HEAD));
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
