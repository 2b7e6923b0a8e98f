package io.omninode.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Upgrade to a later revision: head, heads, an id or unique prefix, +N, label@head, rev@+N.")
final class UpgradeCommand extends DatabaseCommand {

    @Option(names = "--sql", description = "Write the SQL to standard output instead of running it (TARGET may be"
            + " start:end; without a start the script begins at base).")
    boolean sql;

    @Parameters(paramLabel = "TARGET", description = "The revision to upgrade to.")
    String target;

    @Override
    public Integer call() {
        return sql ? StateChange.offline(session(), (migrator, out) -> migrator.upgradeSql(target, out))
                : StateChange.online(session(), migrator -> migrator.upgrade(target));
    }
}
