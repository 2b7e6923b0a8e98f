package io.omninode.migrations.cli;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upgrade} and {@code downgrade}: one target, run online or written as SQL with {@code --sql}. */
abstract class TargetCommand extends DatabaseCommand {

    @Option(names = "--sql", description = "Write the SQL to standard output instead of running it; TARGET may then"
            + " be a start:end range.")
    boolean sql;

    @Parameters(paramLabel = "TARGET", description = "The revision to move the database to.")
    String target;

    abstract CommandResult run(Migrator migrator, String target);

    abstract void script(Migrator migrator, String target, Appendable out);

    @Override
    public Integer call() {
        return sql ? StateChange.offline(session(), (migrator, out) -> script(migrator, target, out))
                : StateChange.online(session(), migrator -> run(migrator, target));
    }
}
