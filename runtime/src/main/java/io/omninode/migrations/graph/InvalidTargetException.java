package io.omninode.migrations.graph;

import io.omninode.migrations.MigrationsException;

/**
 * A revision target that names nothing, names several things where one is needed, or asks for a
 * move the history cannot make: an unknown id, an ambiguous prefix, {@code head} with several
 * heads, a relative step past base or head. The message says what to type instead.
 *
 * <pre>{@code
 * try {
 *     migrator.upgrade("ae10");
 * } catch (InvalidTargetException e) {
 *     System.err.println(e.getMessage()); // revision prefix "ae10" is ambiguous: ...
 * }
 * }</pre>
 */
public final class InvalidTargetException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String target;

    public InvalidTargetException(String target, String message) {
        super(message, null);
        this.target = target;
    }

    /** The target as the caller wrote it. */
    public String target() {
        return target;
    }
}
