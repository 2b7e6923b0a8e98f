package io.omninode.migrations.internal.lint;

import io.omninode.migrations.HazardRule;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.internal.engine.ChangeRecorder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one transactional revision on the scratch database (already at its parent) inside a transaction that
 * is always rolled back, after giving every table a few rows, and asks PostgreSQL what it did: the strongest
 * lock it holds on each table that existed before ({@code pg_locks} of its own backend), the tables whose
 * file node changed (rewritten), and whether it failed only because the tables had rows.
 */
final class ScratchMeasurement {

    /** Lock modes that block the application's writes (and ACCESS EXCLUSIVE, its reads), weakest first. */
    private static final List<String> BLOCKING = List.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock",
            "AccessExclusiveLock");
    private static final String TABLES = """
            SELECT c.oid, CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END,
                   c.relfilenode
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'""";
    private static final String LOCKS = """
            SELECT relation, mode FROM pg_locks
            WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted""";

    /**
     * What was measured.
     *
     * @param findings measured hazards
     * @param notes tables that could not be given rows
     */
    record Result(List<Finding> findings, List<String> notes) {}

    private ScratchMeasurement() {}

    static Result measure(Connection connection, MigrationScript script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> fileNodes = new HashMap<>();
            try (ResultSet rs = statement.executeQuery(TABLES)) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                    fileNodes.put(rs.getLong(1), rs.getLong(3));
                }
            }
            statement.execute("SAVEPOINT lint_empty");
            List<String> empty = ScratchRows.fill(connection);
            List<String> notes = empty.stream().map(t -> "could not give rows to " + t + "; measured it empty").toList();
            statement.execute("SAVEPOINT lint_rows");
            try {
                ChangeRecorder.online(script, connection);
            } catch (Exception withRows) {
                return new Result(List.of(retryEmpty(connection, statement, script, withRows)), notes);
            }
            List<Finding> findings = new ArrayList<>(locks(statement, names));
            try (ResultSet rs = statement.executeQuery(TABLES)) {
                while (rs.next()) {
                    Long before = fileNodes.get(rs.getLong(1));
                    if (before != null && before != rs.getLong(3)) {
                        findings.add(new Finding(HazardRule.MEASURED_TABLE_REWRITE, "rewrote " + rs.getString(2)));
                    }
                }
            }
            return new Result(findings, notes);
        } finally {
            // whatever happened, nothing the migration did on the scratch database is kept
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<Finding> locks(Statement statement, Map<Long, String> existing) throws SQLException {
        Map<String, Integer> strongest = new TreeMap<>();
        try (ResultSet rs = statement.executeQuery(LOCKS)) {
            while (rs.next()) {
                String table = existing.get(rs.getLong(1));
                int rank = BLOCKING.indexOf(rs.getString(2));
                if (table != null && rank >= 0) {
                    strongest.merge(table, rank, Math::max);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        strongest.forEach((table, rank) -> findings.add(new Finding(HazardRule.MEASURED_LOCK,
                "took " + modeName(BLOCKING.get(rank)) + " on " + table)));
        return findings;
    }

    /** {@code AccessExclusiveLock} as the documentation writes it: {@code ACCESS EXCLUSIVE}. */
    private static String modeName(String mode) {
        return mode.replace("Lock", "").replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
    }

    /** The migration failed on tables with rows: runs it again on the same tables empty to tell the two apart. */
    private static Finding retryEmpty(Connection connection, Statement statement, MigrationScript script,
            Exception withRows) throws SQLException {
        statement.execute("ROLLBACK TO SAVEPOINT lint_empty");
        try {
            ChangeRecorder.online(script, connection);
            return new Finding(HazardRule.MEASURED_FAILS_WITH_ROWS, "fails with rows: " + message(withRows));
        } catch (Exception alsoEmpty) {
            return new Finding(HazardRule.MEASURED_FAILURE, "fails: " + message(alsoEmpty));
        }
    }

    /** The first line of the innermost cause's message: PostgreSQL's error without its detail lines. */
    static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = String.valueOf(cause.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
