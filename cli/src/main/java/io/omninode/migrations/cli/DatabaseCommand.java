package io.omninode.migrations.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command under {@code omninode-migrate}: reaches the run's session through the top command. */
abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    OmniNodeMigrate root;

    Session session() {
        return root.session();
    }

    Console console() {
        return root.session().console();
    }
}
