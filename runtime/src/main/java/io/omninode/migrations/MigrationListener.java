package io.omninode.migrations;

/**
 * Hears each step of a command as it happens, so a front end can show progress (the library itself
 * never prints). Called on the thread running the command; offline, {@code stepStarting} is called
 * as each migration is rendered.
 *
 * <pre>{@code
 * Migrator.configure().listener(new MigrationListener() {
 *     public void stepStarting(Direction direction, String revision, String description) {
 *         System.err.println("INFO  [omninode] Running " + description);
 *     }
 * }).load();
 * }</pre>
 */
public interface MigrationListener {

    /**
     * Before a step runs.
     *
     * @param direction upgrade, downgrade or stamp
     * @param revision the revision, or {@code null} for a stamp
     * @param description Alembic's progress line, such as {@code upgrade 1975ea83b712 -> ae1027a6acf, add account table}
     */
    default void stepStarting(Direction direction, String revision, String description) {}

    /**
     * After a step and its version update ran (online only): committed, unless the command runs in one
     * transaction, where it commits with the command.
     */
    default void stepFinished(AppliedStep step) {}
}
