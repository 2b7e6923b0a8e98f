package io.omninode.migrations.internal.config;

import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.PasswordMask;
import io.omninode.migrations.ConfigurationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the database URLs that Alembic projects already use: {@code jdbc:postgresql://...}, libpq
 * and SQLAlchemy URLs ({@code postgresql://user:pass@host:port/db?sslmode=...}, {@code postgres://},
 * {@code postgresql+psycopg2://}, {@code postgresql+asyncpg://}; the driver suffix is ignored), with
 * percent-decoding of every part.
 *
 * <pre>{@code
 * DatabaseSettings db = DatabaseUrl.parse(System.getenv("DATABASE_URL"));
 * }</pre>
 */
final class DatabaseUrl {

    /** scheme :// [user[:password]@] host [:port] [/database] [?query] */
    private static final Pattern URL = Pattern.compile(
            "(?<scheme>[A-Za-z][A-Za-z0-9+.:]*)://(?:(?<userinfo>[^@/?]*)@)?"
                    + "(?<host>\\[[^\\]]*\\]|[^:/?]*)(?::(?<port>[^/?]*))?(?:/(?<database>[^?]*))?(?:\\?(?<query>.*))?");
    private static final Pattern SCHEME = Pattern.compile("jdbc:postgresql|postgres|postgresql(\\+[a-z0-9_]+)?");

    static final int DEFAULT_PORT = 5432;

    private DatabaseUrl() {}

    /**
     * @throws ConfigurationException with one sentence saying what is wrong, the password masked
     */
    public static DatabaseSettings parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ConfigurationException("the database URL is empty; expected postgresql://user:password@host:port/database");
        }
        Matcher m = URL.matcher(url.strip());
        if (!m.matches() || !SCHEME.matcher(m.group("scheme").toLowerCase(Locale.ROOT)).matches()) {
            throw malformed(url, "expected postgresql://user:password@host:port/database, postgres://...,"
                    + " postgresql+psycopg2://... or jdbc:postgresql://host:port/database");
        }
        String user = null;
        String password = null;
        String userinfo = m.group("userinfo");
        if (userinfo != null && !userinfo.isEmpty()) {
            int colon = userinfo.indexOf(':');
            user = decode(url, colon < 0 ? userinfo : userinfo.substring(0, colon));
            password = colon < 0 ? null : decode(url, userinfo.substring(colon + 1));
        }
        String host = decode(url, m.group("host"));
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        Map<String, String> parameters = query(url, m.group("query"));
        if (host.isEmpty()) {
            host = parameters.getOrDefault("host", "localhost");
        }
        parameters.remove("host");
        int port = port(url, m.group("port") == null || m.group("port").isEmpty()
                ? parameters.getOrDefault("port", String.valueOf(DEFAULT_PORT)) : m.group("port"));
        parameters.remove("port");
        String database = m.group("database") == null ? "" : decode(url, m.group("database"));
        if (database.isEmpty()) {
            database = parameters.getOrDefault("dbname", "postgres");
        }
        parameters.remove("dbname");
        String queryUser = parameters.remove("user");
        String queryPassword = parameters.remove("password");
        return new DatabaseSettings(host, port, database, user != null ? user : queryUser,
                password != null ? password : queryPassword, parameters);
    }

    private static Map<String, String> query(String url, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(url, eq < 0 ? pair : pair.substring(0, eq));
            parameters.put(key, eq < 0 ? "" : decode(url, pair.substring(eq + 1)));
        }
        return parameters;
    }

    private static int port(String url, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw malformed(url, "port " + port + " is outside 1-65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw malformed(url, "port \"" + text + "\" is not a number");
        }
    }

    private static String decode(String url, String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(url, "it holds an invalid percent-escape");
        }
    }

    private static ConfigurationException malformed(String url, String why) {
        return new ConfigurationException("malformed database URL " + PasswordMask.maskedUrl(url) + ": " + why);
    }
}
