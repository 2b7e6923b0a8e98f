package io.omninode.migrations.test.internal;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import java.util.Map;
import java.util.Objects;

/**
 * The PostgreSQL server a verification runs on, and the login that creates and drops its scratch
 * databases: a URL given in the test, else {@link #URL_PROPERTY}, else {@link #URL_VARIABLE}, else the
 * embedded server.
 *
 * @param admin where to connect to create and drop databases (the database the URL names)
 * @param description where it is, for messages and results, never with the password
 */
public record DatabaseServer(DatabaseSettings admin, String description) {

    public static final String URL_PROPERTY = "omninode.test.database.url";
    public static final String URL_VARIABLE = "OMNINODE_TEST_DATABASE_URL";

    public DatabaseServer {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @param url a URL the test gave, or {@code null}/blank to look further
     * @throws io.omninode.migrations.ConfigurationException for a malformed URL
     */
    public static DatabaseServer resolve(String url) {
        String chosen = firstGiven(url, System.getProperty(URL_PROPERTY), System.getenv(URL_VARIABLE));
        if (chosen == null) {
            return new DatabaseServer(EmbeddedServer.shared().admin(), "embedded PostgreSQL");
        }
        // the migrator's own URL rules (postgresql://, jdbc:postgresql://, user:password@); the environment is
        // left out so that OMNINODE_BRIDGE_DATABASE_URL and the like never redirect a test
        DatabaseSettings settings = Migrator.configure().environment(Map.of()).url(chosen).settings().database();
        return new DatabaseServer(settings, settings.displayUrl());
    }

    private static String firstGiven(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
