package io.omninode.migrations;

/**
 * The configuration cannot work: a malformed database URL, a bad port, an invalid setting value or
 * table name. The message names the setting and never contains a password.
 *
 * <pre>{@code
 * try {
 *     Migrator.configure().url("postgresql://node@db:54x2/bridge").load();
 * } catch (ConfigurationException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class ConfigurationException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
