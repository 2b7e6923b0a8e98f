package io.omninode.migrations.internal.config;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.NoMigrationsException;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Loads the migrations of every generated registry a class loader sees. A half-built classpath (a
 * services file naming a class that a failed compilation never wrote) becomes one sentence naming
 * the file and the class, not a {@link ServiceConfigurationError} stack trace.
 */
public final class RegistryLoader {

    private RegistryLoader() {}

    /**
     * @throws ConfigurationException when a listed registry or a class it references is missing or broken
     */
    public static List<MigrationDescriptor> load(ClassLoader loader) {
        List<MigrationDescriptor> migrations = new ArrayList<>();
        try {
            for (MigrationRegistry registry : ServiceLoader.load(MigrationRegistry.class, loader)) {
                migrations.addAll(registry.migrations());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw broken(loader, e);
        }
        return migrations;
    }

    /** The class loader as a user would name it: its classpath entries when it has some; null for none. */
    public static String describe(ClassLoader loader) {
        if (loader == null) {
            return null;
        }
        String name = loader.getName() == null ? loader.getClass().getName() : "\"" + loader.getName() + "\"";
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            return "class loader " + name + " (" + Arrays.stream(urls.getURLs()).map(URL::toString)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (loader == ClassLoader.getSystemClassLoader()) {
            return "the application class loader (java.class.path " + System.getProperty("java.class.path") + ")";
        }
        return "class loader " + name;
    }

    private static ConfigurationException broken(ClassLoader loader, Throwable error) {
        String rebuild = "; rebuild the project (fix the compile errors, then mvn compile) so the classes and the"
                + " file agree";
        Optional<MissingEntry> missing = missingEntry(loader);
        if (missing.isPresent()) {
            return new ConfigurationException(location(missing.get().file()) + " names " + missing.get().className()
                    + ", which is not on the classpath" + rebuild, error);
        }
        return new ConfigurationException("a migration registry found with " + NoMigrationsException.REGISTRY_FILE
                + " cannot be loaded: " + error + rebuild, error);
    }

    /** The first services entry whose class the loader cannot find. */
    private static Optional<MissingEntry> missingEntry(ClassLoader loader) {
        try {
            for (URL file : Collections.list(loader.getResources(NoMigrationsException.REGISTRY_FILE))) {
                for (String className : entries(file)) {
                    try {
                        Class.forName(className, false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        return Optional.of(new MissingEntry(file, className));
                    }
                }
            }
        } catch (IOException e) {
            // the generic message still names the error
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The class names in a services file: one a line, {@code #} starts a comment. */
    private static List<String> entries(URL file) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** A file on disk as its path, an entry in a jar as its URL. */
    private static String location(URL file) {
        try {
            return "file".equals(file.getProtocol()) ? Path.of(file.toURI()).toString() : file.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return file.toString();
        }
    }

    private record MissingEntry(URL file, String className) {}
}
