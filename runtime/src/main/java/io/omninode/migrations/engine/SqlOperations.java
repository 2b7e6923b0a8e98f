package io.omninode.migrations.engine;

import io.omninode.migrations.Operations;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/** The {@link Operations} given to migrations: renders each operation and hands it to a sink. */
public final class SqlOperations implements Operations {

    private final StatementSink sink;

    public SqlOperations(StatementSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void execute(String sql) {
        sink.execute(Objects.requireNonNull(sql, "sql"), List.of());
    }

    @Override
    public Connection connection() {
        return sink.connection();
    }
}
