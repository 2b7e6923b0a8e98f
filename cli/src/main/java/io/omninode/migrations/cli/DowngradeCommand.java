package io.omninode.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert to a previous revision: -N, base, an id or unique prefix, label@-N.")
final class DowngradeCommand extends DatabaseCommand {

    @Option(names = "--sql", description = "Write the SQL to standard output instead of running it (TARGET must be"
            + " start:end: the script cannot read the database).")
    boolean sql;

    @Parameters(paramLabel = "TARGET", description = "The revision to downgrade to.")
    String target;

    @Override
    public Integer call() {
        return sql ? StateChange.offline(session(), (migrator, out) -> migrator.downgradeSql(target, out))
                : StateChange.online(session(), migrator -> migrator.downgrade(target));
    }
}
