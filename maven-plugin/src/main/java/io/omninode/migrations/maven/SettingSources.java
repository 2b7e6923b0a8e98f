package io.omninode.migrations.maven;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseEnvironment;
import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.config.PasswordMask;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a goal's settings come from, with the CLI's precedence: {@code -Domninode.*} on the command line
 * (the CLI's flags) over the environment ({@code OMNINODE_BRIDGE_DATABASE_URL}, {@code DATABASE_URL},
 * {@code POSTGRES_*}) over the POM's {@code <configuration>} (the CLI's configuration file) over the defaults.
 * The runtime resolves them; this record only says which value sits at which level.
 *
 * @param pom the POM's values under the runtime's configuration-file keys ({@code url}, {@code user},
 *     {@code password}, {@code version_table}, ...), the {@code <serverId>} credentials included
 * @param commandLine the {@code omninode.*} user properties, without the prefix ({@code url}, {@code versionTable})
 * @param environment the process environment
 */
record SettingSources(Map<String, String> pom, Map<String, String> commandLine, Map<String, String> environment) {

    static final String PREFIX = "omninode.";

    /** Command-line names of the settings that the environment does not name, with their file keys. */
    private static final Map<String, String> ABOVE_POM = Map.of(
            "versionTable", "version_table",
            "versionTableSchema", "version_table_schema",
            "transactionPerMigration", "transaction_per_migration",
            "lockWaitTimeout", "lock_wait_timeout",
            "checksumMode", "checksum_mode");

    SettingSources {
        pom = Map.copyOf(pom);
        commandLine = Map.copyOf(commandLine);
        environment = Map.copyOf(environment);
    }

    /** The {@code omninode.*} entries of Maven's user properties (what {@code -D} set), without the prefix. */
    static Map<String, String> commandLine(Map<?, ?> userProperties) {
        Map<String, String> values = new TreeMap<>();
        userProperties.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (name.startsWith(PREFIX) && value != null && !String.valueOf(value).isBlank()) {
                values.put(name.substring(PREFIX.length()), String.valueOf(value).strip());
            }
        });
        return values;
    }

    /** The runtime's configuration with every level in its place; the caller adds migrations and listener. */
    FluentConfiguration configure() {
        Map<String, String> fileLevel = new TreeMap<>(pom);
        // nothing in the environment names these, so the command line simply replaces the POM's value
        ABOVE_POM.forEach((name, key) -> {
            if (commandLine.containsKey(name)) {
                fileLevel.put(key, commandLine.get(name));
            }
        });
        FluentConfiguration configuration = Migrator.configure().environment(environment).properties(fileLevel);
        if (commandLine.containsKey("url")) {
            configuration.url(commandLine.get("url"));
        }
        if (commandLine.containsKey("user")) {
            configuration.user(commandLine.get("user"));
        }
        return configuration;
    }

    /** Hides every password these sources hold, wherever it shows up in the build's output. */
    PasswordMask mask() {
        List<String> urls = Arrays.asList(commandLine.get("url"), environment.get(DatabaseEnvironment.BRIDGE_URL),
                environment.get(DatabaseEnvironment.DATABASE_URL), pom.get("url"));
        List<String> passwords = Arrays.asList(environment.get(DatabaseEnvironment.PASSWORD), pom.get("password"));
        return PasswordMask.of(urls, passwords);
    }

    /** Whether {@code -Domninode.url} carries a password, which every user of the machine can read. */
    boolean passwordOnCommandLine() {
        return PasswordMask.carriesPassword(commandLine.get("url"));
    }
}
