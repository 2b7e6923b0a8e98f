package io.omninode.migrations.cli.source;

/** A migration source whose {@code @Migration} cannot be read; the message names the file, the line and the fix. */
public final class MigrationSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MigrationSourceException(String message) {
        super(message);
    }
}
