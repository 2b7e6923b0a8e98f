package io.omninode.migrations.cli;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import picocli.CommandLine.Command;

@Command(name = "downgrade", description = {"Revert to a previous revision: -N, base, an id or unique prefix, label@-N.",
                "With --sql, TARGET must be start:end: the script cannot read the database."})
final class DowngradeCommand extends TargetCommand {

    @Override
    CommandResult run(Migrator migrator, String target) {
        return migrator.downgrade(target);
    }

    @Override
    void script(Migrator migrator, String target, Appendable out) {
        migrator.downgradeSql(target, out);
    }
}
