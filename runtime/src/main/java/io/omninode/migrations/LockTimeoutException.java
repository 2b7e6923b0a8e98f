package io.omninode.migrations;

import java.time.Duration;

/**
 * Another runner held the migration lock for longer than the configured wait. Nothing ran.
 *
 * <pre>{@code
 * catch (LockTimeoutException e) {
 *     System.err.println(e.getMessage()); // ... raise lockWaitTimeout (omninode.lock_wait_timeout) ...
 * }
 * }</pre>
 */
public final class LockTimeoutException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final Duration waited;

    public LockTimeoutException(String message, Duration waited, Throwable cause) {
        super(message, cause);
        this.waited = waited;
    }

    /** How long the command waited for the lock. */
    public Duration waited() {
        return waited;
    }
}
