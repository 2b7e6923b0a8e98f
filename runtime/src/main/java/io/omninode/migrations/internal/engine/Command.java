package io.omninode.migrations.internal.engine;

import io.omninode.migrations.Direction;
import io.omninode.migrations.graph.Target;
import io.omninode.migrations.internal.plan.Plan;
import io.omninode.migrations.internal.plan.Planner;
import io.omninode.migrations.internal.plan.TargetResolver;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command that changes the version table, as a value: {@link MigrationEngine} checks it before
 * connecting, then resolves and plans it under the advisory lock, from the version rows it reads there.
 *
 * <pre>{@code
 * engine.run(new Command.Upgrade(Target.parse("head")));
 * }</pre>
 */
public sealed interface Command permits Command.Upgrade, Command.Downgrade, Command.Stamp {

    Direction direction();

    /** Whether the version table is emptied first (and unknown rows are then no obstacle). */
    default boolean purge() {
        return false;
    }

    /** The targets, to resolve the ones that do not read the database before connecting, so typos fail fast. */
    List<Target> targets();

    /** What the command does from these version rows. */
    Plan plan(TargetResolver resolver, Planner planner, List<String> versionRows);

    /**
     * Upgrade to a target.
     *
     * @throws io.omninode.migrations.graph.InvalidTargetException for a step down, such as {@code -1}
     */
    record Upgrade(Target target) implements Command {
        public Upgrade {
            Objects.requireNonNull(target, "target").checkUpgrade();
        }

        @Override
        public Direction direction() {
            return Direction.UPGRADE;
        }

        @Override
        public List<Target> targets() {
            return List.of(target);
        }

        @Override
        public Plan plan(TargetResolver resolver, Planner planner, List<String> versionRows) {
            return planner.upgrade(versionRows, resolver.resolve(target, versionRows));
        }
    }

    /**
     * Downgrade to a target.
     *
     * @throws io.omninode.migrations.graph.InvalidTargetException for a step up, such as {@code +1}
     */
    record Downgrade(Target target) implements Command {
        public Downgrade {
            Objects.requireNonNull(target, "target").checkDowngrade();
        }

        @Override
        public Direction direction() {
            return Direction.DOWNGRADE;
        }

        @Override
        public List<Target> targets() {
            return List.of(target);
        }

        @Override
        public Plan plan(TargetResolver resolver, Planner planner, List<String> versionRows) {
            return planner.downgrade(versionRows, resolver.resolveTarget(target, versionRows), target.text());
        }
    }

    /**
     * Rewrite the version table to the targets without running any migration.
     *
     * @param targets the revisions to stamp; none is base
     * @param purge whether the version table is emptied first
     */
    record Stamp(List<Target> targets, boolean purge) implements Command {
        public Stamp {
            targets = List.copyOf(targets);
        }

        @Override
        public Direction direction() {
            return Direction.STAMP;
        }

        @Override
        public Plan plan(TargetResolver resolver, Planner planner, List<String> versionRows) {
            Set<String> all = new TreeSet<>();
            targets.forEach(target -> all.addAll(resolver.resolve(target, versionRows)));
            return planner.stamp(versionRows, List.copyOf(all), purge);
        }
    }
}
