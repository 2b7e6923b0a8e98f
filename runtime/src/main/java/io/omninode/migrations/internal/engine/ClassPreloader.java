package io.omninode.migrations.internal.engine;

import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.List;

/**
 * Loads the classes of a plan's migrations on a background thread, ahead of the steps that create them.
 * Reading a small class from the project's folder or jar costs about as much as a round trip of a small
 * migration; this way it happens while the command waits for the server, not between its statements.
 * Loading never initializes a class, so no migration code runs here.
 */
final class ClassPreloader implements AutoCloseable {

    private volatile boolean closed;

    private ClassPreloader(List<MigrationDescriptor> migrations) {
        if (migrations.size() > 1) {
            Thread thread = new Thread(() -> {
                for (MigrationDescriptor migration : migrations) {
                    if (closed) {
                        return;
                    }
                    migration.preload();
                }
            }, "omninode-class-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Starts loading the classes of {@code migrations}, in order; a single migration is left to its step. */
    static ClassPreloader start(List<MigrationDescriptor> migrations) {
        return new ClassPreloader(migrations);
    }

    /** Stops loading classes the command will not run (it failed or ended early). */
    @Override
    public void close() {
        closed = true;
    }
}
