package io.omninode.migrations.cli;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import picocli.CommandLine.Command;

@Command(name = "upgrade", description = {"Upgrade to a later revision: head, heads, an id or unique prefix, +N, label@head, rev@+N.",
                "With --sql, start:end writes the script from start (default: base) to end."})
final class UpgradeCommand extends TargetCommand {

    @Override
    CommandResult run(Migrator migrator, String target) {
        return migrator.upgrade(target);
    }

    @Override
    void script(Migrator migrator, String target, Appendable out) {
        migrator.upgradeSql(target, out);
    }
}
