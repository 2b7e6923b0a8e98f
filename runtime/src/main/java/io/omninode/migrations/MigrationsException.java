package io.omninode.migrations;

/**
 * The common type of the runtime's exceptions, so a caller may catch them all at once; each subtype
 * is one situation a caller can act on.
 *
 * <pre>{@code
 * try {
 *     migrator.upgrade("head");
 * } catch (MigrationFailedException e) {
 *     exit(4);
 * } catch (MigrationsException e) {
 *     exit(3);
 * }
 * }</pre>
 */
public abstract class MigrationsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MigrationsException(String message, Throwable cause) {
        super(message, cause);
    }
}
