package io.omninode.migrations.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the database is and who logs in: the resolved form of a URL or of the {@code POSTGRES_*}
 * variables. {@link #toString()} masks the password; {@link #jdbcUrl()} never contains it.
 *
 * <pre>{@code
 * DatabaseSettings db = Migrator.configure()
 *         .url("postgresql://node:secret@db:5436/omninode_bridge?sslmode=require").settings().database();
 * db.describe(); // "db:5436, database omninode_bridge, user node"
 * }</pre>
 *
 * @param host server host name or address
 * @param port server port
 * @param database database name
 * @param user login role, or {@code null} for the driver's default
 * @param password the password, or {@code null}
 * @param parameters further connection parameters (such as {@code sslmode}), sorted by name
 */
public record DatabaseSettings(
        String host, int port, String database, String user, String password, Map<String, String> parameters) {

    /** The seed's default password; using it outside a laptop is a mistake worth a warning. */
    public static final String DEFAULT_PASSWORD = "your_password";

    public DatabaseSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        parameters = Map.copyOf(parameters);
    }

    /** The JDBC URL without user and password, which travel as connection properties. */
    public String jdbcUrl() {
        String base = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
        if (parameters.isEmpty()) {
            return base;
        }
        return base + new TreeMap<>(parameters).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** User and password as JDBC connection properties. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /** "host:port, database name, user role": what error messages say, never the password. */
    public String describe() {
        return host + ":" + port + ", database " + database + ", user " + (user == null ? "(driver default)" : user);
    }

    /** {@code postgresql://user@host:port/database}: where a connection goes, never the password. */
    public String displayUrl() {
        return "postgresql://" + (user == null ? "" : user + "@") + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + port + "/" + database;
    }

    public boolean usesDefaultPassword() {
        return DEFAULT_PASSWORD.equals(password);
    }

    /** Replaces the password, if any, wherever it appears in a text (such as a driver message). */
    public String mask(String text) {
        return PasswordMask.of(List.of(), password == null ? List.of() : List.of(password)).mask(text);
    }

    public DatabaseSettings withUser(String newUser) {
        return new DatabaseSettings(host, port, database, newUser, password, parameters);
    }

    public DatabaseSettings withPassword(String newPassword) {
        return new DatabaseSettings(host, port, database, user, newPassword, parameters);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", password " + (password == null ? "none" : "***")
                + (parameters.isEmpty() ? "" : ", parameters " + new TreeMap<>(parameters)) + "]";
    }
}
