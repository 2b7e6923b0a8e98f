package io.omninode.migrations;

/**
 * The configuration cannot work: a malformed database URL, a bad port, an invalid setting value or
 * table name, no migrations to load. The message names the setting and never contains a password.
 *
 * <pre>{@code
 * try {
 *     Migrator.configure().url("postgresql://node@db:54x2/bridge").load();
 * } catch (ConfigurationException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public sealed class ConfigurationException extends MigrationsException permits NoMigrationsException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
