package io.omninode.migrations;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One migration that ran (or one stamp that rewrote the version table) and committed.
 *
 * <pre>{@code
 * for (AppliedStep step : migrator.upgrade("head").steps()) {
 *     System.out.printf("%s %s (%d ms)%n", step.revision(), step.message(), step.duration().toMillis());
 * }
 * }</pre>
 *
 * @param revision the revision that ran, or {@code null} for a stamp
 * @param message the revision's message ("" for a stamp)
 * @param direction upgrade, downgrade or stamp
 * @param headsBefore version rows before the step, sorted
 * @param headsAfter version rows after the step, sorted
 * @param duration how long the migration and its version update took
 */
public record AppliedStep(
        String revision,
        String message,
        Direction direction,
        List<String> headsBefore,
        List<String> headsAfter,
        Duration duration) {

    public AppliedStep {
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(direction, "direction");
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        Objects.requireNonNull(duration, "duration");
    }
}
