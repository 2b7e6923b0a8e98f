package io.omninode.migrations.test;

import io.omninode.migrations.Direction;
import java.util.Objects;

/**
 * One step of a verification: one revision upgraded or downgraded.
 *
 * <pre>{@code
 * step.describe(); // the downgrade of revision 1975ea83b712 (com.example.AddStatus, "add node status")
 * }</pre>
 *
 * @param revision the revision's id
 * @param migrationClass the {@code @Migration} class, as the registry names it
 * @param message the revision's message
 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
 */
public record MigrationStep(String revision, String migrationClass, String message, Direction direction) {

    public MigrationStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(migrationClass, "migrationClass");
        message = Objects.requireNonNullElse(message, "");
        if (direction != Direction.UPGRADE && direction != Direction.DOWNGRADE) {
            throw new IllegalArgumentException("a step is an upgrade or a downgrade, not " + direction);
        }
    }

    /** Whether the step is an upgrade ({@code step.isUpgrade() && step.revision().equals("ae1027a6acf")}). */
    public boolean isUpgrade() {
        return direction == Direction.UPGRADE;
    }

    /** {@code the upgrade of revision ae1027a6acf (com.example.CreateNode, "create node")}. */
    public String describe() {
        return "the " + direction.word() + " of revision " + revision + " (" + migrationClass
                + (message.isBlank() ? "" : ", \"" + message + "\"") + ")";
    }
}
