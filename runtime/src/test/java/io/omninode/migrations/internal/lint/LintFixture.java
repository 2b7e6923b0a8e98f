package io.omninode.migrations.internal.lint;

import io.omninode.migrations.Hazard;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.TestMigration;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Lint tests' migrations, written with {@link Operations}, and the scratch databases they are measured on. */
final class LintFixture {

    /** The revision every case follows: tables with columns of several kinds, an index, an enum, a schema. */
    static final MigrationDescriptor BASE = revision("b0", null, op -> {
        op.createEnum("node_status", "active", "retired");
        op.createTable(Table.named("node").column(Column.of("id", "bigint").notNull()).column("name", "text")
                .primaryKey("id"));
        op.createTable(Table.named("hook_events")
                .column(Column.of("id", "bigint").notNull())
                .column("node_id", "bigint")
                .column("status", "text")
                .column("state", "node_status")
                .column("title", "varchar(50)")
                .column("amount", "numeric(10,2)")
                .column("legacy", "text")
                .column("payload", "text")
                .primaryKey("id"));
        op.createTable(Table.named("audit_old").column(Column.of("id", "bigint").notNull()));
        op.createTable(Table.named("archive").column("id", "bigint"));
        op.createIndex(Index.of("ix_hook_events_payload", "hook_events", "payload"));
        op.createSchema("old_stuff");
    });

    private LintFixture() {}

    static MigrationDescriptor revision(String id, String parent, Consumer<Operations> upgrade) {
        return migration(id, parent, upgrade).build();
    }

    static MigrationDescriptor nonTransactional(String id, String parent, Consumer<Operations> upgrade) {
        return migration(id, parent, upgrade).nonTransactional().build();
    }

    static MigrationDescriptor revision(String id, String parent, MigrationScript script) {
        TestMigration migration = TestMigration.revision(id).script(script);
        return (parent == null ? migration : migration.after(parent)).build();
    }

    private static TestMigration migration(String id, String parent, Consumer<Operations> upgrade) {
        TestMigration migration = TestMigration.revision(id).script(new MigrationScript() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                throw new UnsupportedOperationException("lint tests never downgrade");
            }
        });
        return parent == null ? migration : migration.after(parent);
    }

    /** The codes reported for one revision, in report order. */
    static List<String> codes(LintReport report, String revision) {
        return report.hazards().stream().filter(h -> h.revision().equals(revision)).map(h -> h.rule().code()).toList();
    }

    static List<Hazard> hazards(LintReport report, String revision) {
        return report.hazards().stream().filter(h -> h.revision().equals(revision)).toList();
    }

    /** A new empty database on the test server, to be measured on and then dropped. */
    static TestDatabase scratch(TestDatabase server) {
        String name = "lint_scratch_" + UUID.randomUUID().toString().substring(0, 8);
        run(server, "create database " + name);
        return new TestDatabase(name, server.jdbcUrl().replaceFirst("/" + server.name() + "(?=[?]|$)", "/" + name),
                server.embedded());
    }

    static void drop(TestDatabase server, TestDatabase scratch) {
        run(server, "drop database if exists " + scratch.name() + " with (force)");
    }

    private static void run(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
