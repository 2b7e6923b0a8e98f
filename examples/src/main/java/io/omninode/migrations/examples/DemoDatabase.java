package io.omninode.migrations.examples;

import static io.omninode.migrations.config.DatabaseEnvironment.BRIDGE_URL;
import static io.omninode.migrations.config.DatabaseEnvironment.DATABASE;
import static io.omninode.migrations.config.DatabaseEnvironment.DATABASE_URL;
import static io.omninode.migrations.config.DatabaseEnvironment.HOST;
import static io.omninode.migrations.config.DatabaseEnvironment.PASSWORD;
import static io.omninode.migrations.config.DatabaseEnvironment.PORT;
import static io.omninode.migrations.config.DatabaseEnvironment.USER;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.PasswordMask;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database the demo works on, chosen as the bridge's deploy scripts choose it: the seed's variables
 * ({@code OMNINODE_BRIDGE_DATABASE_URL} &gt; {@code DATABASE_URL} &gt; {@code POSTGRES_*}) when any is
 * set, else none, and the demo starts its own.
 *
 * @param url a URL with the credentials, for commands that take one ({@code diff})
 * @param shown how commands show that URL: the variable a user would type, or the URL with its password masked
 * @param description where the database is and why, for the demo's first line (password masked)
 */
record DemoDatabase(String url, String shown, String description) {

    /** The seed's variables, in the order they win. */
    static final List<String> SEED_VARIABLES = List.of(BRIDGE_URL, DATABASE_URL, HOST, PORT, USER, PASSWORD, DATABASE);

    /** The database the seed's variables name, or empty when none of them is set. */
    static Optional<DemoDatabase> fromEnvironment(Map<String, String> environment) {
        List<String> set = SEED_VARIABLES.stream().filter(v -> isSet(environment.get(v))).toList();
        if (set.isEmpty()) {
            return Optional.empty();
        }
        if (set.get(0).equals(BRIDGE_URL) || set.get(0).equals(DATABASE_URL)) {
            String url = environment.get(set.get(0));
            return Optional.of(new DemoDatabase(url, "\"$" + set.get(0) + "\"", "the database that " + set.get(0)
                    + " names, " + PasswordMask.maskedUrl(url)));
        }
        // the same resolver as the CLI: the POSTGRES_* values that are set, the seed's defaults for the others
        DatabaseSettings settings = Migrator.configure().environment(environment).settings().database();
        String url = "postgresql://" + encode(settings.user()) + (settings.password() == null ? ""
                : ":" + encode(settings.password())) + "@" + settings.host() + ":" + settings.port() + "/"
                + encode(settings.database());
        String masked = PasswordMask.maskedUrl(url);
        return Optional.of(new DemoDatabase(url, masked, "the database that " + String.join(", ", set)
                + " name (the seed's defaults for the rest), " + masked));
    }

    /** The demo's own embedded server, named to the CLI as the deploy scripts name theirs. */
    static DemoDatabase embedded(String url) {
        return new DemoDatabase(url, "\"$" + BRIDGE_URL + "\"", "an embedded PostgreSQL 17 started for the demo, "
                + url + " (none of " + String.join(", ", SEED_VARIABLES) + " is set)");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
