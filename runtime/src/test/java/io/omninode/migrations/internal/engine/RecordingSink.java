package io.omninode.migrations.internal.engine;

import io.omninode.migrations.internal.postgres.SqlStatement;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A test sink that records every statement it is handed, like an offline script would, and
 * optionally passes it on to a live sink.
 */
final class RecordingSink implements StatementSink {

    private final List<SqlStatement> statements = new ArrayList<>();
    private final StatementSink next;
    private final boolean inTransaction;

    private RecordingSink(StatementSink next, boolean inTransaction) {
        this.next = next;
        this.inTransaction = inTransaction;
    }

    /** Records only, as an offline script inside (or outside) a transaction block. */
    static RecordingSink offline(boolean inTransaction) {
        return new RecordingSink(null, inTransaction);
    }

    /** Records, then runs on {@code next}. */
    static RecordingSink recording(StatementSink next) {
        return new RecordingSink(next, false);
    }

    List<SqlStatement> statements() {
        return List.copyOf(statements);
    }

    List<String> sql() {
        return statements.stream().map(SqlStatement::sql).toList();
    }

    @Override
    public void execute(String sql, List<?> parameters) {
        statements.add(new SqlStatement(sql, new ArrayList<>(parameters)));
        if (next != null) {
            next.execute(sql, parameters);
        }
    }

    @Override
    public boolean inTransaction() {
        return next != null ? next.inTransaction() : inTransaction;
    }

    @Override
    public Connection connection() {
        if (next == null) {
            throw new IllegalStateException("offline: no connection");
        }
        return next.connection();
    }
}
