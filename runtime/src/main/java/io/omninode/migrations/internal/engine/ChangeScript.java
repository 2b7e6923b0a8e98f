package io.omninode.migrations.internal.engine;

import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.DiffResult;

/**
 * Schema changes as an SQL script through the same sink as {@code --sql}: each statement ends with a
 * semicolon and parameters are inlined, so {@code psql -v ON_ERROR_STOP=1 -f} runs it as it is. No
 * transaction is opened: psql's autocommit runs each statement on its own, which an added enum value
 * needs before a later statement may use it.
 */
public final class ChangeScript {

    private ChangeScript() {}

    /**
     * Writes the diff's changes to {@code out} in their order; each destructive one is preceded by a
     * {@code -- destructive:} comment with its review line, so a reader sees what can lose data.
     */
    public static void write(DiffResult diff, Appendable out) {
        ScriptStatementSink sink = new ScriptStatementSink(out);
        PostgresDialect dialect = new PostgresDialect();
        for (int i = 0; i < diff.changes().size(); i++) {
            SchemaChange change = diff.changes().get(i);
            if (change.destructive()) {
                sink.comment("destructive: " + diff.summary().get(i));
            }
            for (SqlStatement statement : dialect.render(change)) {
                sink.execute(statement.sql(), statement.parameters());
            }
        }
    }
}
