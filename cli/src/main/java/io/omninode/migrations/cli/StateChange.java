package io.omninode.migrations.cli;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs {@code upgrade}, {@code downgrade} or {@code stamp}: online with a progress line per step and a
 * summary, or offline ({@code --sql}) with the script alone on standard output and the messages on
 * standard error.
 */
final class StateChange {

    private StateChange() {}

    static int online(Session session, Function<Migrator, CommandResult> command) {
        Console console = session.console();
        Migrator migrator = session.migrator(new ProgressPrinter(console));
        CommandResult result = command.apply(migrator);
        String now = heads(result.headsAfter());
        if (result.isNoOp()) {
            console.info("Nothing to do: the database is already at " + now);
        } else {
            String verb = switch (result.direction()) {
                case UPGRADE -> "Upgraded";
                case DOWNGRADE -> "Downgraded";
                case STAMP -> "Stamped";
            };
            console.info(verb + " " + result.steps().size() + " step(s) in " + result.duration().toMillis()
                    + " ms; the database is now at " + now);
        }
        return ExitCode.OK;
    }

    static int offline(Session session, BiConsumer<Migrator, Appendable> script) {
        Console console = session.console();
        ProgressPrinter progress = new ProgressPrinter(console);
        Migrator migrator = session.offlineMigrator(progress);
        console.info("Generating static SQL");
        StringBuilder sql = new StringBuilder();
        script.accept(migrator, sql);
        console.print(sql.toString());
        console.info("Wrote the SQL of " + progress.started() + " step(s) to standard output");
        return ExitCode.OK;
    }

    static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
