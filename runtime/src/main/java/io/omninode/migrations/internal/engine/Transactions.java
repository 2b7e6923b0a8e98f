package io.omninode.migrations.internal.engine;

import io.omninode.migrations.internal.postgres.SqlStatement;

/**
 * Transaction boundaries as the step executor sees them: on a live connection they commit or roll
 * back; in an offline script they are written as {@code BEGIN;} and {@code COMMIT;}.
 */
interface Transactions {

    /** Starts a transaction unless one is open. */
    void begin();

    /** Commits the open transaction, if any. */
    void commit();

    /** Rolls the open transaction back, if any. */
    void rollback();

    /** Runs {@code statement} through {@code sink}, then commits the open transaction, if any. */
    default void executeAndCommit(StatementSink sink, SqlStatement statement) {
        sink.execute(statement.sql(), statement.parameters());
        commit();
    }
}
