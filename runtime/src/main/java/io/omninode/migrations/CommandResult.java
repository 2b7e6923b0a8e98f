package io.omninode.migrations;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an upgrade, downgrade or stamp did: the steps that ran in order, and the version rows
 * before and after. An empty step list means the database was already at the target.
 *
 * <pre>{@code
 * CommandResult result = migrator.upgrade("heads");
 * System.out.println(result.steps().size() + " applied, now at " + result.headsAfter());
 * }</pre>
 *
 * @param direction upgrade, downgrade or stamp
 * @param headsBefore version rows before the command, sorted
 * @param headsAfter version rows after the command, sorted
 * @param steps the committed steps, in the order they ran
 * @param duration the whole command, lock wait included
 */
public record CommandResult(
        Direction direction,
        List<String> headsBefore,
        List<String> headsAfter,
        List<AppliedStep> steps,
        Duration duration) {

    public CommandResult {
        Objects.requireNonNull(direction, "direction");
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        steps = List.copyOf(steps);
        Objects.requireNonNull(duration, "duration");
    }

    /** Whether nothing had to run. */
    public boolean isNoOp() {
        return steps.isEmpty();
    }
}
