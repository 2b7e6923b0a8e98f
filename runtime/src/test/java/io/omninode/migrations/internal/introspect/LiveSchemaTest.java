package io.omninode.migrations.internal.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.Extension;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the introspector reads from a schema written in plain SQL, object kind by object kind. */
@PostgresTest
class LiveSchemaTest {

    private static final String SCHEMA = """
            create extension pg_trgm;
            create schema audit;
            create type node_status as enum ('active', 'retired', 'gone');
            create sequence invoice_number as integer start with 1000 increment by 5 cache 10 cycle;
            create table node (
                id bigint generated always as identity (start with 100 increment by 2) primary key,
                name varchar(320) not null,
                status node_status not null default 'active',
                tags text[] default '{}',
                score numeric(12, 2) default 1.50,
                created_at timestamp with time zone not null default CURRENT_TIMESTAMP,
                live boolean default true,
                code char(3) collate "C",
                unique (name)
            );
            comment on table node is 'a node';
            comment on column node.name is 'its name';
            create table audit."Event Log" (
                "Id" serial primary key,
                node_id bigint not null,
                kind text not null default 'x',
                amount integer check (amount >= 0),
                constraint fk_node foreign key (node_id) references node (id) on delete cascade
                    deferrable initially deferred
            );
            create index ix_node_lower_name on node (lower(name)) include (status) where live;
            create index ix_node_created on node (created_at desc nulls last, id);
            create index ix_node_name_trgm on node using gin (name gin_trgm_ops);
            create view live_nodes as select * from node where live;
            create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
            create trigger trg_touch before update on node for each row execute function touch();
            create table alembic_version (version_num varchar(32) not null primary key);
            """;

    private static Introspection live;

    @BeforeAll
    static void read(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
            live = LiveSchema.read(connection, List.of("public", "audit"),
                    Set.of(QualifiedName.of("public", "alembic_version")));
        }
    }

    @Test
    void tablesColumnsAndConstraintsAreReadInTheModelsTerms() {
        Table node = Table.named("node")
                .column(Column.of("id", "bigint").identity(Identity.always()
                        .options(SequenceOptions.DEFAULTS.startWith(100).incrementBy(2))))
                .column(Column.of("name", "varchar(320)").notNull().comment("its name"))
                .column(Column.of("status", "node_status").notNull().defaultValue("active"))
                .column(Column.of("tags", "text[]").defaultValue("{}"))
                .column(Column.of("score", "numeric(12,2)").defaultValue(new BigDecimal("1.5")))
                .column(Column.of("created_at", "timestamptz").notNull().defaultExpression("now()"))
                .column(Column.of("live", "boolean").defaultValue(true))
                .column(Column.of("code", "char(3) COLLATE \"C\""))
                .primaryKey(PrimaryKey.of("id").named("node_pkey"))
                .unique(Unique.of("name").named("node_name_key"))
                .comment("a node");
        Table event = Table.named("audit", "Event Log")
                .column(Column.of("Id", "serial").notNull())
                .column(Column.of("node_id", "bigint").notNull())
                .column(Column.of("kind", "text").notNull().defaultValue("x"))
                .column(Column.of("amount", "integer"))
                .primaryKey(PrimaryKey.of("Id").named("Event Log_pkey"))
                .check(CheckConstraint.of("Event Log_amount_check", "amount >= 0"))
                .foreignKey(ForeignKey.of("node_id").references("node", "id").named("fk_node")
                        .onDelete(ReferentialAction.CASCADE).deferrable(true));

        assertThat(live.schema().tables()).containsExactly(node, event);
        assertThat(event.foreignKeys().get(0).deferrability()).isEqualTo(Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
    }

    @Test
    void indexesKeepExpressionsIncludePredicatesOrderAndOperatorClasses() {
        assertThat(live.schema().indexes()).containsExactly(
                Index.of("ix_node_created", "node", IndexKey.column("created_at").desc().nullsFirst(false),
                        IndexKey.column("id")),
                Index.of("ix_node_lower_name", "node", IndexKey.expression("lower(name::text)"))
                        .include("status").where("live"),
                Index.of("ix_node_name_trgm", "node", IndexKey.column("name").opclass("gin_trgm_ops"))
                        .using(IndexMethod.GIN));
    }

    @Test
    void enumsSequencesAndExtensionsAreRead() {
        assertThat(live.schema().enums()).containsExactly(EnumType.of("node_status", "active", "retired", "gone"));
        assertThat(live.schema().sequences()).containsExactly(Sequence.of("invoice_number").options(
                SequenceOptions.DEFAULTS.dataType("integer").startWith(1000).incrementBy(5).cache(10).cycle(true)));
        assertThat(live.schema().extensions()).containsExactly(Extension.of("pg_trgm"));
    }

    @Test
    void whatTheModelDoesNotDescribeIsReportedByKindAndName() {
        assertThat(live.notCompared()).containsExactly(
                new NotCompared("function", "touch()"),
                new NotCompared("trigger", "node.trg_touch"),
                new NotCompared("view", "live_nodes"));
    }

    @Test
    void theToolsOwnTablesAreSkipped() {
        assertThat(live.schema().table(QualifiedName.of("alembic_version"))).isEmpty();
    }

    @Test
    void readingTakesEightCatalogQueriesWhateverTheTableCount(TestDatabase database) throws SQLException {
        assertThat(live.catalogQueries()).isEqualTo(8);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema wide");
            for (int i = 0; i < 60; i++) {
                statement.execute("create table wide.t" + i + " (id bigint primary key, v text check (v <> ''))");
                statement.execute("create index ix_t" + i + " on wide.t" + i + " (v)");
            }
            Introspection wide = LiveSchema.read(connection, List.of("public", "audit", "wide"), Set.of());
            assertThat(wide.schema().tables()).hasSize(63);
            assertThat(wide.catalogQueries()).isEqualTo(8);
        }
    }

    @Test
    void everyKindOutsideTheModelIsReported(TestDatabase database) throws Exception {
        String sql;
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("roundtrip/objects_outside_the_model_left_alone/a.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema outside; set search_path = outside, public; " + sql);
            Introspection read = LiveSchema.read(connection, List.of("outside"), Set.of());
            assertThat(read.notCompared()).extracting(NotCompared::toString).containsExactly(
                    "composite type pair",
                    "domain money_amount",
                    "function touch()",
                    "materialized view booking_count",
                    "partition measurement_2026",
                    "partitioned table measurement",
                    "policy booking.booking_owner",
                    "range type floatrange",
                    "row level security on booking",
                    "trigger booking.trg_touch");
            assertThat(read.schema().table(QualifiedName.of("booking")).orElseThrow().exclusions())
                    .containsExactly(Exclusion.of("booking_during_excl", IndexMethod.GIST,
                            Exclusion.Element.of("during", "&&")));
        }
    }

    @Test
    void keyColumnsAreNamedInKeyOrderAfterDroppedColumnsAndAcrossSchemasNotRead(TestDatabase database)
            throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create schema keys;
                    create schema elsewhere;
                    create table elsewhere.account (gone int, region text, id bigint, primary key (id, region));
                    alter table elsewhere.account drop column gone;
                    create table keys.parent (gone int, a int, b int, primary key (b, a));
                    alter table keys.parent drop column gone;
                    create table keys.child (gone int, a int, b int, region text, account bigint, code text collate "C",
                        foreign key (b, a) references keys.parent (b, a),
                        foreign key (account, region) references elsewhere.account (id, region));
                    alter table keys.child drop column gone;
                    create index ix_child_region on keys.child (region collate "C", a) include (b);
                    create index ix_child_code on keys.child (code collate "default");
                    create index ix_child_code_c on keys.child (code, b);
                    """);
            Introspection read = LiveSchema.read(connection, List.of("keys"), Set.of());

            assertThat(read.schema().table(QualifiedName.of("parent")).orElseThrow().primaryKey().columns())
                    .containsExactly("b", "a");
            assertThat(read.schema().table(QualifiedName.of("child")).orElseThrow().foreignKeys())
                    .extracting(ForeignKey::columns, ForeignKey::referencedTable, ForeignKey::referencedColumns)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(List.of("account", "region"),
                                    QualifiedName.of("elsewhere", "account"), List.of("id", "region")),
                            org.assertj.core.groups.Tuple.tuple(List.of("b", "a"), QualifiedName.of("parent"),
                                    List.of("b", "a")));
            assertThat(read.schema().indexes()).extracting(Index::name, Index::include).contains(
                    org.assertj.core.groups.Tuple.tuple("ix_child_region", List.of("b")));
            // a key collation the model has no value for is reported, whichever collation it is
            assertThat(read.notCompared()).extracting(NotCompared::toString).containsExactly(
                    "index collation child.ix_child_code: code COLLATE \"default\"",
                    "index collation child.ix_child_region: CREATE INDEX ix_child_region ON keys.child"
                            + " USING btree (region COLLATE \"C\", a) INCLUDE (b)");
        }
    }
}
