package io.omninode.migrations.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A command under {@code omninode-migrate}: reaches the run's session through the top command. */
abstract class DatabaseCommand implements Callable<Integer> {

    /**
     * Set when the command is registered ({@link Commands#register}) rather than injected by picocli's
     * {@code @ParentCommand}: each annotation type picocli reads costs a dynamic proxy class at start-up.
     */
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
