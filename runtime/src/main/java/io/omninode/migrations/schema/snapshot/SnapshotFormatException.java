package io.omninode.migrations.schema.snapshot;

import io.omninode.migrations.MigrationsException;

/** A snapshot file that is not valid JSON, has an unknown {@code formatVersion}, or describes an invalid schema. */
public final class SnapshotFormatException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    SnapshotFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
