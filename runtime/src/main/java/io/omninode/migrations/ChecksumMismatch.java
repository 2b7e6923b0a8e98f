package io.omninode.migrations;

import java.util.Objects;

/**
 * An applied revision whose source changed after it ran: the checksum recorded at upgrade time
 * differs from the registry's.
 *
 * <pre>{@code
 * migrator.validate().mismatches().forEach(m -> System.err.println(m.revision() + " was edited after it ran"));
 * }</pre>
 *
 * @param revision the revision id
 * @param recorded the checksum recorded when it was applied
 * @param current the checksum of the source now
 */
public record ChecksumMismatch(String revision, String recorded, String current) {

    public ChecksumMismatch {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(current, "current");
    }
}
