package io.omninode.migrations.internal.engine;

import io.omninode.migrations.schema.SqlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.List;

/**
 * Offline ({@code --sql}) mode: writes each statement, terminated by a semicolon, into a script
 * instead of running it. Bind parameters are inlined as literals through {@link SqlText}, so the
 * script says exactly what an online run would bind.
 */
final class ScriptStatementSink implements StatementSink, Transactions {

    private final Appendable out;
    private String currentRevision = "";
    private boolean inTransaction;

    ScriptStatementSink(Appendable out) {
        this.out = out;
    }

    /** The migration now being rendered, named when it asks for a connection. */
    void currentRevision(String revision) {
        this.currentRevision = revision;
    }

    @Override
    public void execute(String sql, List<?> parameters) {
        write((parameters.isEmpty() ? sql : inline(sql, parameters)) + ";\n\n");
    }

    /** A {@code -- } comment line, such as the "Running upgrade" line Alembic writes. */
    void comment(String text) {
        write("-- " + text.replace("\n", " ") + "\n\n");
    }

    @Override
    public boolean inTransaction() {
        return inTransaction;
    }

    @Override
    public Connection connection() {
        throw new IllegalStateException("revision " + currentRevision + " needs a live database connection"
                + " (it calls Operations.connection()), which offline SQL generation does not have; run it online,"
                + " or use only Operations methods that render SQL");
    }

    @Override
    public void begin() {
        if (!inTransaction) {
            write("BEGIN;\n\n");
            inTransaction = true;
        }
    }

    @Override
    public void commit() {
        if (inTransaction) {
            write("COMMIT;\n\n");
            inTransaction = false;
        }
    }

    @Override
    public void rollback() {
        inTransaction = false;
    }

    /** Replaces each {@code ?} placeholder, in order, with its value as a literal. */
    private static String inline(String sql, List<?> parameters) {
        StringBuilder text = new StringBuilder(sql.length() + parameters.size() * 16);
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && next < parameters.size()) {
                text.append(SqlText.literal(parameters.get(next++)));
            } else {
                text.append(c);
            }
        }
        if (next != parameters.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters for " + next + " placeholders in " + sql);
        }
        return text.toString();
    }

    private void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the SQL script", e);
        }
    }
}
