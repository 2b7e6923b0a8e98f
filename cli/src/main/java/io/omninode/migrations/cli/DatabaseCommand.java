package io.omninode.migrations.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A command under {@code omninode-migrate}: reaches the run's session through the top command. */
abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    OmniNodeMigrate root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    Session session() {
        return root.session();
    }

    Console console() {
        return root.session().console();
    }
}
