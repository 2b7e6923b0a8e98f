package io.omninode.migrations.cli;

import io.omninode.migrations.config.PasswordMask;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code omninode-migrations.properties}, the analogue of {@code alembic.ini}: where the migrations
 * are, where {@code revision} writes new ones, the version table and the database settings.
 * Relative paths are relative to the file's folder, as Alembic's {@code %(here)s}.
 *
 * @param path the file, or {@code null} when there is none
 * @param values its keys and values
 */
record ConfigFile(Path path, Map<String, String> values) {

    static final String FILE_NAME = "omninode-migrations.properties";

    static final String CLASSPATH = "classpath";
    static final String SOURCE_FOLDER = "source_folder";
    static final String PACKAGE = "package";
    static final String SCHEMA_DIR = "schema_dir";
    /** {@code false}: {@code revision --autogenerate} writes plain DDL instead of the safe form. */
    static final String SAFE_DDL = "safe_ddl";

    /** Passed to the runtime's configuration as they are. */
    static final Set<String> RUNTIME_KEYS = Set.of("url", "host", "port", "database", "user", "password",
            "version_table", "version_table_schema", "audit_table", "audit_table_schema", "audit_log",
            "transaction_per_migration",
            "lock_wait_timeout", "lock_timeout", "lock_retries", "statement_timeout", "checksum_mode");
    private static final Set<String> CLI_KEYS = Set.of(CLASSPATH, SOURCE_FOLDER, PACKAGE, SCHEMA_DIR, SAFE_DDL);

    ConfigFile {
        values = Map.copyOf(values);
    }

    /**
     * The file given with {@code --config} (which must exist), else the one in the working directory if any.
     *
     * @throws CliException (exit 3) for a missing given file, an unreadable file or an unknown key
     */
    static ConfigFile load(Path given, Path workingDirectory) {
        Path file = given != null ? workingDirectory.resolve(given) : workingDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            if (given != null) {
                throw CliException.configuration("configuration file " + file + " does not exist; check --config");
            }
            return new ConfigFile(null, Map.of());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw CliException.configuration("cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!RUNTIME_KEYS.contains(key) && !CLI_KEYS.contains(key)) {
                Set<String> known = new TreeSet<>(RUNTIME_KEYS);
                known.addAll(CLI_KEYS);
                throw CliException.configuration("unknown key \"" + key + "\" in " + file + "; known keys: "
                        + String.join(", ", known));
            }
            values.put(key, properties.getProperty(key).strip());
        }
        return new ConfigFile(file.toAbsolutePath().normalize(), values);
    }

    String get(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The keys the runtime understands ({@code url}, {@code version_table}, ...). */
    Map<String, String> runtimeProperties() {
        Map<String, String> runtime = new TreeMap<>(values);
        runtime.keySet().retainAll(RUNTIME_KEYS);
        return runtime;
    }

    /** The {@code classpath} entries, separated by the platform's path separator or commas. */
    List<Path> classpath() {
        List<Path> entries = new ArrayList<>();
        String value = get(CLASSPATH);
        if (value != null) {
            for (String entry : value.split("[,\\" + java.io.File.pathSeparator + "]")) {
                if (!entry.isBlank()) {
                    entries.add(resolve(entry.strip()));
                }
            }
        }
        return entries;
    }

    /** A path from the file, relative to its folder. */
    Path resolve(String value) {
        Path p = Path.of(value);
        return path == null || p.isAbsolute() ? p : path.getParent().resolve(p).normalize();
    }

    /** Whether a password is written in the file, directly or in its {@code url}. */
    boolean holdsPassword() {
        return get("password") != null || PasswordMask.carriesPassword(get("url"));
    }
}
