package io.omninode.migrations.internal.engine;

import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.Direction;
import io.omninode.migrations.internal.plan.PlanStep;
import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.change.CreateSchema;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.SchemaChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The version table (Alembic's {@code alembic_version}, one row per applied head) and the append-only
 * audit log, next to it or in a schema of its own, or switched off. Writes go through a
 * {@link StatementSink}, so online runs and offline scripts share one rendering; reads need a live
 * connection.
 */
final class VersionStore {

    private static final PostgresDialect DIALECT = new PostgresDialect();

    private final String versionTable;
    private final String auditTable;
    private final String auditSchema;
    private final boolean auditLog;
    private final String displayName;
    private final SchemaChange createVersionTable;
    private final SchemaChange createAuditTable;

    /** @param auditSchema the audit log's schema when it differs from the version table's (created if missing), else null */
    VersionStore(String schema, String versionTable, String auditSchema, String auditTable, boolean auditLog) {
        this.versionTable = SqlText.qualified(schema, versionTable);
        this.auditTable = SqlText.qualified(auditSchema, auditTable);
        this.auditSchema = !auditLog || auditSchema == null || auditSchema.equals(schema) ? null : auditSchema;
        this.auditLog = auditLog;
        this.displayName = schema == null ? versionTable : schema + "." + versionTable;
        this.createVersionTable = new CreateTable(versionTable(schema, versionTable), true);
        this.createAuditTable = new CreateTable(auditTable(auditSchema, auditTable), true);
    }

    /** Alembic's table; it names the key {@code <table>_pkc}, and a database it created must look the same. */
    private static Table versionTable(String schema, String name) {
        return Table.named(schema, name)
                .column(Column.of("version_num", "varchar(32)").notNull())
                .primaryKey(PrimaryKey.of("version_num").named(name + "_pkc"));
    }

    private static Table auditTable(String schema, String name) {
        return Table.named(schema, name)
                .column(Column.of("id", "bigint").identity(Identity.always()))
                .column("revision", "varchar(32)")
                .column(Column.of("direction", "varchar(9)").notNull())
                .column(Column.of("heads_before", "text").notNull())
                .column(Column.of("heads_after", "text").notNull())
                .column("checksum", "varchar(64)")
                .column(Column.of("started_at", "timestamptz").notNull())
                .column("duration_ms", "bigint")
                .column(Column.of("db_user", "text").notNull().defaultExpression("current_user"))
                .column(Column.of("success", "boolean").notNull())
                .column("error", "text")
                .primaryKey("id");
    }

    /** The statements that create both tables in a script, which cannot look first. */
    List<SqlStatement> createTables() {
        List<SqlStatement> statements = new ArrayList<>(DIALECT.render(createVersionTable));
        if (auditLog) {
            if (auditSchema != null) {
                statements.addAll(DIALECT.render(createAuditSchema()));
            }
            statements.addAll(DIALECT.render(createAuditTable));
        }
        return statements;
    }

    private SchemaChange createAuditSchema() {
        return new CreateSchema(auditSchema, true);
    }

    /** The version table as users name it, for messages. */
    String displayName() {
        return displayName;
    }

    /**
     * Creates whichever of the tables (and the audit log's own schema) is missing; one catalog query
     * when all exist. The schema is looked for first because {@code CREATE SCHEMA IF NOT EXISTS} needs
     * the CREATE privilege on the database even when the schema is there.
     *
     * @throws ConnectionException when the server refuses, such as for a missing schema or privilege
     */
    void ensureTables(Connection connection, StatementSink sink) {
        String schemaName = auditSchema == null ? null : SqlText.identifier(auditSchema);
        boolean[] exist = query(connection, "SELECT to_regclass(?) IS NOT NULL, NOT ? OR to_regclass(?) IS NOT NULL,"
                        + " ?::text IS NULL OR to_regnamespace(?::text) IS NOT NULL",
                Arrays.asList(versionTable, auditLog, auditTable, schemaName, schemaName),
                "looking for the version table", rs -> {
                    rs.next();
                    return new boolean[] {rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)};
                });
        try {
            if (!exist[0]) {
                execute(sink, createVersionTable);
            }
            if (!exist[2]) {
                execute(sink, createAuditSchema());
            }
            if (!exist[1]) {
                execute(sink, createAuditTable);
            }
        } catch (StatementFailedException e) {
            throw new ConnectionException("creating the version table " + displayName + " or its audit log failed"
                    + " (SQLSTATE " + e.sqlState() + "): " + e.getCause().getMessage(), (SQLException) e.getCause());
        }
    }

    private static void execute(StatementSink sink, SchemaChange change) {
        DIALECT.render(change).forEach(statement -> sink.execute(statement.sql(), statement.parameters()));
    }

    /** The version rows, or none when the table does not exist yet (read-only commands never create it). */
    List<String> readVersionRows(Connection connection) {
        boolean exists = query(connection, "SELECT to_regclass(?) IS NOT NULL", List.of(versionTable),
                "looking for the version table", rs -> rs.next() && rs.getBoolean(1));
        if (!exists) {
            return List.of();
        }
        return query(connection, "SELECT version_num FROM " + versionTable, List.of(), "reading the version table",
                rs -> {
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                    rows.sort(null);
                    return rows;
                });
    }

    /**
     * What the database records: the version rows and the checksum of the latest successful upgrade of
     * each revision (none without the audit log).
     *
     * @param versionRows sorted
     */
    record Recorded(List<String> versionRows, Map<String, String> checksums) {}

    /**
     * The version rows and the recorded checksums in one query, plus one looking for the tables unless they
     * are known to exist: a no-op upgrade pays one round trip for its whole state, whatever the history's length.
     */
    Recorded readRecorded(Connection connection, boolean tablesKnownToExist) {
        boolean versionTableExists = true;
        boolean auditTableExists = auditLog;
        if (!tablesKnownToExist) {
            boolean[] exist = query(connection, "SELECT to_regclass(?) IS NOT NULL, ? AND to_regclass(?) IS NOT NULL",
                    Arrays.asList(versionTable, auditLog, auditTable), "looking for the version table", rs -> {
                        rs.next();
                        return new boolean[] {rs.getBoolean(1), rs.getBoolean(2)};
                    });
            versionTableExists = exist[0];
            auditTableExists = exist[1];
        }
        if (!versionTableExists) {
            return new Recorded(List.of(), Map.of());
        }
        // one result: the version rows with a null checksum, then each recorded revision with its checksum
        String sql = "SELECT true, version_num, NULL FROM " + versionTable;
        if (auditTableExists) {
            sql += "\nUNION ALL\nSELECT false, revision, checksum FROM (SELECT DISTINCT ON (revision) revision, checksum"
                    + " FROM " + auditTable + " WHERE direction = 'upgrade' AND success AND checksum IS NOT NULL"
                    + " ORDER BY revision, id DESC) recorded";
        }
        return query(connection, sql, List.of(), "reading the version table and the recorded checksums", rs -> {
            List<String> rows = new ArrayList<>();
            Map<String, String> checksums = new HashMap<>();
            while (rs.next()) {
                if (rs.getBoolean(1)) {
                    rows.add(rs.getString(2));
                } else {
                    checksums.put(rs.getString(2), rs.getString(3));
                }
            }
            rows.sort(null);
            return new Recorded(rows, checksums);
        });
    }

    /** Empties the version table before a stamp with purge. */
    void purge(StatementSink sink) {
        sink.execute("DELETE FROM " + versionTable, List.of());
    }

    /**
     * The statement that rewrites the version rows from the step's rows before to its rows after and
     * appends the audit row: one statement (data-modifying CTEs), so each migration's bookkeeping costs
     * one round trip, or none of its own when it travels with the commit. Rows that can be paired are
     * updated, as Alembic does. Empty when there is nothing to record.
     */
    Optional<SqlStatement> stepRecord(PlanStep step, Direction direction, String checksum, OffsetDateTime startedAt,
            Long durationMillis) {
        List<String> removed = step.removedVersionRows();
        List<String> added = step.addedVersionRows();
        int updates = Math.min(removed.size(), added.size());
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < updates; i++) {
            clauses.add("UPDATE " + versionTable + " SET version_num = ? WHERE version_num = ?");
            parameters.add(added.get(i));
            parameters.add(removed.get(i));
        }
        if (removed.size() > updates) {
            List<String> deleted = removed.subList(updates, removed.size());
            clauses.add("DELETE FROM " + versionTable + " WHERE version_num IN (" + placeholders(deleted.size()) + ")");
            parameters.addAll(deleted);
        }
        if (added.size() > updates) {
            List<String> inserted = added.subList(updates, added.size());
            clauses.add("INSERT INTO " + versionTable + " (version_num) VALUES "
                    + String.join(", ", Collections.nCopies(inserted.size(), "(?)")));
            parameters.addAll(inserted);
        }
        if (auditLog) {
            clauses.add(auditInsert(true));
            parameters.addAll(auditValues(step.revisionId(), direction, step.versionRowsBefore(),
                    step.versionRowsAfter(), checksum, startedAt, durationMillis));
        }
        int last = clauses.size() - 1;
        for (int i = 0; i < last; i++) {
            sql.append(i == 0 ? "WITH " : ",\n     ").append("v").append(i + 1).append(" AS (").append(clauses.get(i))
                    .append(")");
        }
        if (last > 0) {
            sql.append("\n");
        }
        if (last < 0) {
            return Optional.empty();
        }
        sql.append(clauses.get(last));
        return Optional.of(new SqlStatement(sql.toString(), parameters));
    }

    /** The audit row of a failed attempt (none without the audit log), written after the rollback in a transaction of its own. */
    void recordFailure(StatementSink sink, PlanStep step, Direction direction, String checksum,
            OffsetDateTime startedAt, long durationMillis, String error) {
        if (!auditLog) {
            return;
        }
        List<Object> parameters = new ArrayList<>(auditValues(step.revisionId(), direction, step.versionRowsBefore(),
                step.versionRowsBefore(), checksum, startedAt, durationMillis));
        parameters.add(error);
        sink.execute(auditInsert(false), parameters);
    }

    private String auditInsert(boolean success) {
        return "INSERT INTO " + auditTable + " (revision, direction, heads_before, heads_after, checksum, started_at,"
                + " duration_ms, success" + (success ? "" : ", error") + ")\nVALUES (?, ?, ?, ?, ?,"
                + " coalesce(?::timestamptz, now()), ?, " + (success ? "true" : "false, ?") + ")";
    }

    private static List<Object> auditValues(String revision, Direction direction, List<String> before,
            List<String> after, String checksum, OffsetDateTime startedAt, Long durationMillis) {
        List<Object> values = new ArrayList<>();
        values.add(revision);
        values.add(direction.word());
        values.add(String.join(" ", before));
        values.add(String.join(" ", after));
        values.add(checksum);
        values.add(startedAt);
        values.add(durationMillis);
        return values;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> T query(Connection connection, String sql, List<?> parameters, String doing, Rows<T> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new ConnectionException(doing + " failed (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }
}
