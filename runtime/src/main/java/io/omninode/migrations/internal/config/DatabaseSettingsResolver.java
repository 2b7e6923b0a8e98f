package io.omninode.migrations.internal.config;

import static io.omninode.migrations.config.DatabaseEnvironment.BRIDGE_URL;
import static io.omninode.migrations.config.DatabaseEnvironment.DATABASE;
import static io.omninode.migrations.config.DatabaseEnvironment.DATABASE_URL;
import static io.omninode.migrations.config.DatabaseEnvironment.DEFAULT_DATABASE;
import static io.omninode.migrations.config.DatabaseEnvironment.DEFAULT_HOST;
import static io.omninode.migrations.config.DatabaseEnvironment.DEFAULT_PORT;
import static io.omninode.migrations.config.DatabaseEnvironment.DEFAULT_USER;
import static io.omninode.migrations.config.DatabaseEnvironment.HOST;
import static io.omninode.migrations.config.DatabaseEnvironment.PASSWORD;
import static io.omninode.migrations.config.DatabaseEnvironment.PORT;
import static io.omninode.migrations.config.DatabaseEnvironment.USER;

import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.ConfigurationException;
import java.util.Map;

/**
 * Resolves where to connect from the seed's environment contract, in this order: explicit
 * settings, then {@code OMNINODE_BRIDGE_DATABASE_URL}, then {@code DATABASE_URL}, then the
 * configuration file's {@code url} (completed by the file's {@code user} and {@code password} when it
 * carries none), then {@code POSTGRES_HOST} (localhost), {@code POSTGRES_PORT}
 * (5436), {@code POSTGRES_USER} (postgres), {@code POSTGRES_PASSWORD} (your_password) and
 * {@code POSTGRES_DATABASE} (omninode_bridge), each from the environment, else from the file, else
 * the default.
 *
 * <pre>{@code
 * DatabaseSettings db = DatabaseSettingsResolver.resolve(System.getenv(), Map.of(), null, null, null);
 * }</pre>
 */
public final class DatabaseSettingsResolver {

    private DatabaseSettingsResolver() {}

    /**
     * @param environment the process environment (injectable for tests)
     * @param file configuration-file keys ({@code url}, {@code host}, {@code port}, {@code user},
     *     {@code password}, {@code database}), below the environment
     * @param url an explicit URL, or {@code null}
     * @param user an explicit user overriding whatever the URL or environment says, or {@code null}
     * @param password an explicit password, likewise
     */
    public static DatabaseSettings resolve(
            Map<String, String> environment, Map<String, String> file, String url, String user, String password) {
        DatabaseSettings settings;
        String aboveFile = firstPresent(url, environment.get(BRIDGE_URL), environment.get(DATABASE_URL));
        String chosenUrl = firstPresent(aboveFile, file.get("url"));
        if (chosenUrl != null) {
            settings = DatabaseUrl.parse(chosenUrl);
            if (aboveFile == null) {
                // the file's own URL (a JDBC URL as in a POM's <url>) takes its user and password from the keys
                // beside it when it carries none; a URL from above the file keeps its own
                settings = completedFromFile(settings, file);
            }
        } else {
            String port = firstPresent(environment.get(PORT), file.get("port"), DEFAULT_PORT);
            int portNumber;
            try {
                portNumber = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                throw new ConfigurationException(PORT + " is \"" + port + "\", which is not a port number");
            }
            settings = new DatabaseSettings(
                    firstPresent(environment.get(HOST), file.get("host"), DEFAULT_HOST),
                    portNumber,
                    firstPresent(environment.get(DATABASE), file.get("database"), DEFAULT_DATABASE),
                    firstPresent(environment.get(USER), file.get("user"), DEFAULT_USER),
                    firstPresent(environment.get(PASSWORD), file.get("password"), DatabaseSettings.DEFAULT_PASSWORD),
                    Map.of());
        }
        if (user != null) {
            settings = settings.withUser(user);
        }
        if (password != null) {
            settings = settings.withPassword(password);
        }
        return settings;
    }

    private static DatabaseSettings completedFromFile(DatabaseSettings settings, Map<String, String> file) {
        String fileUser = firstPresent(file.get("user"));
        String filePassword = firstPresent(file.get("password"));
        DatabaseSettings completed = settings;
        if (completed.user() == null && fileUser != null) {
            completed = completed.withUser(fileUser);
        }
        if (completed.password() == null && filePassword != null) {
            completed = completed.withPassword(filePassword);
        }
        return completed;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
