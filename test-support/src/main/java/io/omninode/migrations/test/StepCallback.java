package io.omninode.migrations.test;

import java.sql.Connection;

/**
 * Runs around one step of a verification: a seed before it (inserting rows the step must keep), or a
 * check after it (asserting on the rows). The connection is to the scratch database, in autocommit mode,
 * and closed afterwards; an exception or a failed assertion fails the verification, naming the step.
 *
 * <pre>{@code
 * StepCallback seed = (connection, step) -> {
 *     if (step.isUpgrade() && step.revision().equals("ae1027a6acf")) {
 *         connection.createStatement().execute("insert into node (id, name) values (1, 'bridge-1')");
 *     }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface StepCallback {

    /**
     * @param connection a connection to the scratch database
     * @param step the step about to run (a seed) or that just ran (a check)
     */
    void run(Connection connection, MigrationStep step) throws Exception;
}
