package io.omninode.migrations.internal.engine;

import static io.omninode.migrations.Operations.Option.CASCADE;
import static io.omninode.migrations.Operations.Option.IF_EXISTS;
import static io.omninode.migrations.Operations.Option.IF_NOT_EXISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Enum, sequence, schema, extension and data operations, run on PostgreSQL and checked there. */
class TypeAndDataOperationsOnPostgresTest extends OnPostgres {

    private static List<String> enumLabels(String type) throws SQLException {
        return catalog.list("select enumlabel from pg_enum where enumtypid = to_regtype(?) order by enumsortorder", type);
    }

    @Test
    void enumValuesKeepTheirOrderIncludingBeforeAndAfter() throws SQLException {
        op.createEnum("node_status", "active", "retired");
        op.addEnumValue("node_status", "archived");
        op.addEnumValue("node_status", "archived", IF_NOT_EXISTS);
        op.addEnumValueBefore("node_status", "pending", "active");
        op.addEnumValueAfter("node_status", "paused", "active");
        assertThat(enumLabels("node_status")).containsExactly("pending", "active", "paused", "retired", "archived");
    }

    @Test
    void renameEnumValueKeepsPositionAndStoredValuesFollow() throws SQLException {
        op.createEnum("phase", "draft", "it's live", "gone");
        op.createTable(Table.named("phased").column(Column.of("phase", SqlType.named(null, "phase"))));
        op.execute("insert into phased values ('it''s live')");
        op.renameEnumValue("phase", "it's live", "live");
        assertThat(enumLabels("phase")).containsExactly("draft", "live", "gone");
        assertThat(catalog.one("select phase::text from phased")).isEqualTo("live");
    }

    @Test
    void enumTypeServesAsAColumnTypeAndDropCascadeRemovesTheColumn() throws SQLException {
        op.createEnum("Level", "low", "it's high");
        op.createTable(Table.named("leveled").column("id", "int")
                .column(Column.of("level", SqlType.named(null, "Level")).notNull().defaultValue("it's high")));
        op.execute("insert into leveled (id) values (1)");
        assertThat(catalog.one("select level from leveled")).isEqualTo("it's high");
        op.dropEnum("Level", CASCADE);
        op.dropEnum("Level", IF_EXISTS);
        assertThat(catalog.list("select column_name from information_schema.columns where table_name = 'leveled'"))
                .containsExactly("id");
    }

    @Test
    void newEnumValueCannotBeUsedInTheTransactionThatAddedIt(TestDatabase database) throws SQLException {
        op.createEnum("mood", "calm");
        try (Connection transactional = database.connect()) {
            Operations inTransaction = inTransaction(transactional);
            inTransaction.addEnumValue("mood", "angry"); // allowed since PostgreSQL 12 ...
            assertThatThrownBy(() -> inTransaction.execute("select 'angry'::mood")) // ... but not usable yet
                    .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("55P04"));
            transactional.rollback();
        }
    }

    @Test
    void sequenceOptionsReachTheCatalog() throws SQLException {
        op.createSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.dataType("integer")
                .startWith(1000).incrementBy(10).minValue(1).maxValue(5000).cache(5).cycle(true)));
        op.createSequence(Sequence.of("invoice_number"), IF_NOT_EXISTS);
        assertThat(catalog.one("select data_type || ' ' || start_value || ' ' || increment_by || ' ' || min_value"
                + " || ' ' || max_value || ' ' || cache_size || ' ' || cycle from pg_sequences"
                + " where sequencename = 'invoice_number'")).isEqualTo("integer 1000 10 1 5000 5 true");
        assertThat(catalog.one("select nextval('invoice_number')")).isEqualTo("1000");
        op.dropSequence("invoice_number");
        op.dropSequence("invoice_number", IF_EXISTS);
        assertThat(catalog.one("select to_regclass('invoice_number')")).isNull();
    }

    @Test
    void inSchemaCreatesObjectsInThatSchemaAndDropSchemaCascadeRemovesThem() throws SQLException {
        op.createSchema("Audit");
        op.createSchema("Audit", IF_NOT_EXISTS);
        Operations audit = op.inSchema("Audit");
        audit.createTable(Table.named("event").column(Column.of("id", "bigint").identity(Identity.byDefault()))
                .column("kind", "text").primaryKey("id"));
        audit.createIndex(Index.of("ix_event_kind", "event", "kind"));
        audit.createEnum("level", "low");
        audit.createSequence(Sequence.of("seq"));
        audit.bulkInsert("event", List.of(Map.of("kind", "boot")));
        assertThat(catalog.tableExists("Audit", "event")).isTrue();
        assertThat(catalog.one("select schemaname from pg_indexes where indexname = 'ix_event_kind'")).isEqualTo("Audit");
        assertThat(catalog.one("select to_regtype('\"Audit\".level') is not null")).isEqualTo("t");
        assertThat(catalog.one("select count(*) from \"Audit\".event")).isEqualTo("1");
        audit.dropIndex("ix_event_kind");
        op.dropSchema("Audit", CASCADE);
        op.dropSchema("Audit", IF_EXISTS);
        assertThat(catalog.one("select count(*) from pg_namespace where nspname = 'Audit'")).isEqualTo("0");
    }

    @Test
    void extensionsAreInstalledAndRemoved() throws SQLException {
        String extension = catalog.one("select name from pg_available_extensions where name in ('pg_trgm', 'pgcrypto',"
                + " 'hstore', 'citext') order by name limit 1");
        assumeTrue(extension != null, "the server offers none of the contrib extensions this test uses");
        op.createSchema("ext");
        op.inSchema("ext").createExtension(extension);
        op.createExtension(extension, IF_NOT_EXISTS);
        assertThat(catalog.one("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace"
                + " where e.extname = ?", extension)).isEqualTo("ext");
        op.dropExtension(extension);
        op.dropExtension(extension, IF_EXISTS);
        op.dropSchema("ext");
        assertThat(catalog.one("select count(*) from pg_extension where extname = ?", extension)).isEqualTo("0");
    }

    @Test
    void executeBindsParametersSoQuotesAreDataNotSql() throws SQLException {
        op.createTable(Table.named("notes").column("id", "int").column("body", "text"));
        op.execute("insert into notes (id, body) values (?, ?)", 1, "'); drop table notes; --");
        op.execute("insert into notes (id, body) values (?, ?)", 2, null);
        assertThat(catalog.list("select coalesce(body, '<null>') from notes order by id"))
                .containsExactly("'); drop table notes; --", "<null>");
    }

    @Test
    void bulkInsertWritesTypedValuesAndNulls() throws SQLException {
        op.createTable(Table.named("kinds").column("id", "uuid").column("code", "text").column("at", "timestamptz")
                .column("n", "bigint"));
        UUID id = UUID.fromString("6f1c2b1e-0000-4000-8000-000000000001");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("id", UUID.randomUUID());
        withNull.put("code", "x'); drop table kinds; --");
        withNull.put("at", null);
        withNull.put("n", null);
        op.bulkInsert("kinds", List.of(
                Map.of("id", id, "code", "bridge", "at", OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                        "n", 42L),
                withNull));
        assertThat(catalog.one("select code || ' ' || n || ' ' || (at at time zone 'UTC') from kinds where id = ?", id))
                .isEqualTo("bridge 42 2026-01-02 03:04:05");
        assertThat(catalog.list("select code from kinds where at is null and n is null"))
                .containsExactly("x'); drop table kinds; --");
    }

    @Test
    void connectionIsTheMigrationsOwn() {
        assertThat(op.connection()).isSameAs(connection);
    }

    /** A migration body touching most kinds of change, with tricky names and values. */
    private static final Consumer<Operations> MIGRATION = op -> {
        op.createEnum("same_status", "new", "it's done");
        op.createTable(Table.named("Same Text")
                .column(Column.of("id", "bigint").identity(Identity.always()))
                .column(Column.of("user", "text").notNull().defaultValue("'); drop table x; --"))
                .column(Column.of("status", SqlType.named(null, "same_status")).notNull().defaultValue("new"))
                .primaryKey("id")
                .comment("same online and offline"));
        op.createTable(Table.named("same_child").column("parent_id", "bigint")
                .foreignKey(ForeignKey.of("parent_id").references("Same Text", "id").onDelete(ReferentialAction.CASCADE)));
        op.createIndex(Index.of("ix_same_user", "Same Text", "user").where("\"user\" <> ''"));
        op.addColumn("Same Text", Column.of("note", "varchar(20)").comment("a 'quoted' comment"));
        op.bulkInsert("Same Text", List.of(Map.of("user", "a", "note", "n")));
        op.execute("update \"Same Text\" set note = ? where \"user\" = ?", "m", "a");
    };

    @Test
    void onlineExecutionRunsExactlyTheTextAnOfflineScriptReceives(TestDatabase database) throws SQLException {
        RecordingSink offline = RecordingSink.offline(true);
        MIGRATION.accept(new SqlOperations(offline));

        RecordingSink online = RecordingSink.recording(new JdbcStatementSink(connection));
        MIGRATION.accept(new SqlOperations(online));

        assertThat(online.statements()).isEqualTo(offline.statements());
        assertThat(offline.statements()).extracting(SqlStatement::sql).hasSize(9)
                .contains("CREATE INDEX ix_same_user ON \"Same Text\" (\"user\") WHERE \"user\" <> ''");
        assertThat(catalog.one("select note from \"Same Text\"")).isEqualTo("m");
    }
}
