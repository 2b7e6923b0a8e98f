package io.omninode.migrations.cli;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationListener;

/** Alembic's progress lines: each step when it starts, and when it ends with its duration. */
final class ProgressPrinter implements MigrationListener {

    private final Console console;
    private String running = "";
    private int started;

    ProgressPrinter(Console console) {
        this.console = console;
    }

    @Override
    public void stepStarting(Direction direction, String revision, String description) {
        running = description;
        started++;
        console.info("Running " + description);
    }

    @Override
    public void stepFinished(AppliedStep step) {
        String suffix = ", " + step.message();
        String what = !step.message().isEmpty() && running.endsWith(suffix)
                ? running.substring(0, running.length() - suffix.length()) : running;
        console.info("Finished " + what + " in " + step.duration().toMillis() + " ms");
    }

    /** How many steps started (offline: how many were rendered). */
    int started() {
        return started;
    }
}
