package io.omninode.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The commands under {@code omninode-migrate}, in the order help lists them. A run registers only the
 * commands its arguments name: picocli reads every registered command's annotations when it starts,
 * which cost a short command such as {@code diff} more than its connection did. Help, version and a
 * command line that names no command (an error that lists them) get them all.
 */
final class Commands {

    /** By the names of their {@code @Command} annotations (CommandsTest keeps the two in step). */
    static final Map<String, Supplier<DatabaseCommand>> ALL = all();

    private static final Set<String> NEEDING_ALL = Set.of("-h", "--help", "-V", "--version");

    private Commands() {}

    private static Map<String, Supplier<DatabaseCommand>> all() {
        Map<String, Supplier<DatabaseCommand>> all = new LinkedHashMap<>();
        all.put("upgrade", UpgradeCommand::new);
        all.put("downgrade", DowngradeCommand::new);
        all.put("stamp", StampCommand::new);
        all.put("current", CurrentCommand::new);
        all.put("history", HistoryCommand::new);
        all.put("heads", HeadsCommand::new);
        all.put("branches", BranchesCommand::new);
        all.put("show", ShowCommand::new);
        all.put("revision", RevisionCommand::new);
        all.put("merge", MergeCommand::new);
        all.put("graph", GraphCommand::new);
        all.put("check", CheckCommand::new);
        all.put("diff", DiffCommand::new);
        all.put("snapshot", SnapshotCommand::new);
        all.put("lint", LintCommand::new);
        return all;
    }

    /** Adds to {@code root} the commands {@code args} name, or all of them (see the class comment). */
    static void register(CommandLine root, String... args) {
        List<String> arguments = List.of(args);
        boolean all = arguments.stream().noneMatch(ALL::containsKey)
                || arguments.stream().anyMatch(NEEDING_ALL::contains);
        OmniNodeMigrate top = root.getCommand();
        ALL.forEach((name, command) -> {
            if (all || arguments.contains(name)) {
                DatabaseCommand subcommand = command.get();
                subcommand.root = top;
                root.addSubcommand(name, subcommand);
            }
        });
    }
}
