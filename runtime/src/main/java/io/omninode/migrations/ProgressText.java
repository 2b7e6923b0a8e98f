package io.omninode.migrations;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Alembic's progress lines for {@code upgrade}, {@code downgrade} and {@code stamp}: each step when it
 * starts ({@code Running upgrade  -> 1975ea83b712, create node}), when it ends with its duration, and
 * the command's summary. The CLI and the Maven plugin print these same words through their own output.
 *
 * <pre>{@code
 * ProgressText progress = new ProgressText(System.err::println);
 * CommandResult result = Migrator.configure().listener(progress).load().upgrade("head");
 * System.err.println(ProgressText.summary(result));
 * }</pre>
 */
public final class ProgressText implements MigrationListener {

    private final Consumer<String> out;
    private String running = "";
    private int started;

    /** @param out receives one line per call, without a line break */
    public ProgressText(Consumer<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void stepStarting(Direction direction, String revision, String description) {
        running = description;
        started++;
        out.accept("Running " + description);
    }

    @Override
    public void stepFinished(AppliedStep step) {
        String suffix = ", " + step.message();
        String what = !step.message().isEmpty() && running.endsWith(suffix)
                ? running.substring(0, running.length() - suffix.length()) : running;
        out.accept("Finished " + what + " in " + step.duration().toMillis() + " ms");
    }

    /** How many steps started (offline: how many were rendered). */
    public int started() {
        return started;
    }

    /**
     * The last line of a command: {@code Upgraded 2 step(s) in 41 ms; the database is now at ae1027a6acf},
     * or {@code Nothing to do: the database is already at ae1027a6acf}.
     */
    public static String summary(CommandResult result) {
        String now = heads(result.headsAfter());
        if (result.isNoOp()) {
            return "Nothing to do: the database is already at " + now;
        }
        String verb = switch (result.direction()) {
            case UPGRADE -> "Upgraded";
            case DOWNGRADE -> "Downgraded";
            case STAMP -> "Stamped";
        };
        return verb + " " + result.steps().size() + " step(s) in " + result.duration().toMillis()
                + " ms; the database is now at " + now;
    }

    /** Version rows as the summary names them: {@code base} when there is none. */
    public static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
