package io.omninode.migrations.internal.engine;

import io.omninode.migrations.schema.change.SchemaChange;
import java.sql.Connection;
import java.util.List;

/**
 * Where the SQL of a migration goes: a live connection (online) or a script (offline
 * {@code --sql}). Operations render SQL once and hand it here, so online and offline runs
 * produce the same text.
 */
interface StatementSink {

    /** Sees each change before its statements, so that lint can record what a migration does; most sinks ignore it. */
    default void changing(SchemaChange change) {}

    /** Runs (or writes) one statement with its bind parameters. */
    void execute(String sql, List<?> parameters);

    /**
     * Whether statements run inside a transaction block, where PostgreSQL refuses some (such as
     * {@code CREATE INDEX CONCURRENTLY}).
     */
    boolean inTransaction();

    /**
     * The live connection.
     *
     * @throws IllegalStateException offline, naming the migration that needed a connection
     */
    Connection connection();
}
