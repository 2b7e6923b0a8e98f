package io.omninode.migrations.test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a passed {@link MigrationVerifier#verifyAll()} verified.
 *
 * <pre>{@code
 * Verification done = verifier.verifyAll();
 * assertThat(done.withoutSnapshot()).isEmpty(); // every revision was compared with its snapshot
 * }</pre>
 *
 * @param server where it ran, password masked: {@code embedded PostgreSQL} or {@code postgresql://ci@db:5432/postgres}
 * @param revisions every revision, in the order they were upgraded (downgraded in reverse)
 * @param comparedWithSnapshot the revisions whose schema was compared with their snapshot
 * @param withoutSnapshot the revisions verified by round trip only: no snapshot file, or applied next to
 *     another branch (a snapshot describes a database at that one revision)
 * @param steps how many upgrade and downgrade steps ran
 * @param duration the whole verification, scratch database included
 */
public record Verification(String server, List<String> revisions, List<String> comparedWithSnapshot,
        List<String> withoutSnapshot, int steps, Duration duration) {

    public Verification {
        Objects.requireNonNull(server, "server");
        revisions = List.copyOf(revisions);
        comparedWithSnapshot = List.copyOf(comparedWithSnapshot);
        withoutSnapshot = List.copyOf(withoutSnapshot);
        Objects.requireNonNull(duration, "duration");
    }
}
