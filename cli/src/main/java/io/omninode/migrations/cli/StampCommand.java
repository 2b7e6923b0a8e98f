package io.omninode.migrations.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to the given revisions without running any migration.")
final class StampCommand extends DatabaseCommand {

    @Option(names = "--sql", description = "Write the SQL to standard output instead of running it (a single"
            + " start:end argument stamps from start).")
    boolean sql;

    @Option(names = "--purge", description = "Empty the version table first (also works on a database at an"
            + " unknown revision).")
    boolean purge;

    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to stamp.")
    List<String> revisions;

    @Override
    public Integer call() {
        return sql ? StateChange.offline(session(), (migrator, out) -> migrator.stampSql(revisions, purge, out))
                : StateChange.online(session(), migrator -> migrator.stamp(revisions, purge));
    }
}
