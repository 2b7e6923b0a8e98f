package io.omninode.migrations.cli;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.ProgressText;
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
        Migrator migrator = session.migrator(new ProgressText(console::info));
        console.info(ProgressText.summary(command.apply(migrator)));
        return ExitCode.OK;
    }

    static int offline(Session session, BiConsumer<Migrator, Appendable> script) {
        Console console = session.console();
        ProgressText progress = new ProgressText(console::info);
        Migrator migrator = session.offlineMigrator(progress);
        console.info("Generating static SQL");
        StringBuilder sql = new StringBuilder();
        script.accept(migrator, sql);
        console.print(sql.toString());
        console.info("Wrote the SQL of " + progress.started() + " step(s) to standard output");
        return ExitCode.OK;
    }
}
