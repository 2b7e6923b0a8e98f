package io.omninode.migrations.internal.engine;

import static io.omninode.migrations.Operations.Option.CASCADE;
import static io.omninode.migrations.Operations.Option.IF_EXISTS;
import static io.omninode.migrations.Operations.Option.IF_NOT_EXISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Table and column operations, run on PostgreSQL and checked in its catalog. */
class TableOperationsOnPostgresTest extends OnPostgres {

    @Test
    void createTableBuildsColumnsConstraintsAndComments() throws SQLException {
        op.createTable(Table.named("parent").column(Column.of("id", "uuid").notNull()).primaryKey("id"));
        op.createTable(Table.named("child")
                .column(Column.of("id", "bigint").identity(Identity.always()))
                .column(Column.of("parent_id", "uuid").notNull())
                .column(Column.of("email", "varchar(320)").notNull().comment("where we write"))
                .column(Column.of("status", "text").notNull().defaultValue("new"))
                .column(Column.of("amount", "numeric(12,2)").defaultValue(0))
                .column(Column.of("created_at", "timestamptz").notNull().defaultExpression("now()"))
                .column("tags", "text[]")
                .column("payload", "jsonb")
                .primaryKey(PrimaryKey.of("id").named("pk_child"))
                .unique(Unique.of("email").named("uq_child_email"))
                .check(CheckConstraint.of("ck_child_amount", "amount >= 0"))
                .foreignKey(ForeignKey.of("parent_id").references("parent", "id").named("fk_child_parent"))
                .comment("children of parents"));

        assertThat(catalog.nullable("child", "email")).isEqualTo("NO");
        assertThat(catalog.nullable("child", "payload")).isEqualTo("YES");
        assertThat(catalog.columnType("child", "email")).isEqualTo("character varying(320)");
        assertThat(catalog.columnType("child", "amount")).isEqualTo("numeric(12,2)");
        assertThat(catalog.columnType("child", "tags")).isEqualTo("text[]");
        assertThat(catalog.columnDefault("child", "status")).isEqualTo("'new'::text");
        assertThat(catalog.columnDefault("child", "created_at")).isEqualTo("now()");
        assertThat(catalog.identityGeneration("child", "id")).isEqualTo("ALWAYS");
        assertThat(catalog.constraint("child", "pk_child")).isEqualTo("PRIMARY KEY (id)");
        assertThat(catalog.constraint("child", "uq_child_email")).isEqualTo("UNIQUE (email)");
        assertThat(catalog.constraint("child", "ck_child_amount")).isEqualTo("CHECK ((amount >= (0)::numeric))");
        assertThat(catalog.constraint("child", "fk_child_parent")).isEqualTo("FOREIGN KEY (parent_id) REFERENCES parent(id)");
        assertThat(catalog.one("select obj_description('child'::regclass, 'pg_class')")).isEqualTo("children of parents");
        assertThat(catalog.one("select col_description('child'::regclass, 3)")).isEqualTo("where we write");
    }

    @Test
    void createTableIfNotExistsLeavesAnExistingTableAlone() throws SQLException {
        op.createTable(Table.named("once").column("a", "int"));
        op.createTable(Table.named("once").column("b", "text"), IF_NOT_EXISTS);
        assertThat(catalog.list("select column_name from information_schema.columns where table_name = 'once'"))
                .containsExactly("a");
    }

    @Test
    void dropTableIfExistsAndCascade() throws SQLException {
        op.dropTable("never_created", IF_EXISTS);
        op.createTable(Table.named("viewed").column("a", "int"));
        op.execute("create view viewed_v as select a from viewed");
        assertThatThrownBy(() -> op.dropTable("viewed"))
                .isInstanceOf(StatementFailedException.class)
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("2BP01"));
        op.dropTable("viewed", CASCADE);
        assertThat(catalog.tableExists("public", "viewed")).isFalse();
        assertThat(catalog.one("select count(*) from pg_views where viewname = 'viewed_v'")).isEqualTo("0");
    }

    @Test
    void aFailingStatementReportsItsSqlAndSqlState() {
        assertThatThrownBy(() -> op.dropTable("missing_table"))
                .isInstanceOf(StatementFailedException.class)
                .hasMessageContaining("SQLSTATE 42P01")
                .hasMessageContaining("DROP TABLE missing_table");
    }

    @Test
    void renameTableAndSetAndRemoveItsComment() throws SQLException {
        op.createTable(Table.named("old_name").column("a", "int"));
        op.renameTable("old_name", "new_name");
        op.commentOnTable("new_name", "it's renamed");
        assertThat(catalog.tableExists("public", "new_name")).isTrue();
        assertThat(catalog.one("select obj_description('new_name'::regclass, 'pg_class')")).isEqualTo("it's renamed");
        op.commentOnTable("new_name", null);
        assertThat(catalog.one("select obj_description('new_name'::regclass, 'pg_class')")).isNull();
    }

    @Test
    void addColumnWithDefaultFillsExistingRowsAndIfNotExistsIsSilent() throws SQLException {
        op.createTable(Table.named("grown").column("a", "int"));
        op.execute("insert into grown (a) values (1)");
        op.addColumn("grown", Column.of("status", "text").notNull().defaultValue("active").comment("state"));
        op.addColumn("grown", Column.of("status", "int"), IF_NOT_EXISTS);
        assertThat(catalog.one("select status from grown")).isEqualTo("active");
        assertThat(catalog.nullable("grown", "status")).isEqualTo("NO");
        assertThat(catalog.columnType("grown", "status")).isEqualTo("text");
        assertThat(catalog.one("select col_description('grown'::regclass, 2)")).isEqualTo("state");
    }

    @Test
    void dropAndRenameColumn() throws SQLException {
        op.createTable(Table.named("cols").column("a", "int").column("b", "int").column("c", "int"));
        op.dropColumn("cols", "b");
        op.dropColumn("cols", "b", IF_EXISTS);
        op.renameColumn("cols", "c", "Renamed C");
        assertThat(catalog.list("select column_name from information_schema.columns where table_name = 'cols'"
                + " order by ordinal_position")).containsExactly("a", "Renamed C");
    }

    @Test
    void alterColumnTypeConvertsExistingValuesWithUsing() throws SQLException {
        op.createTable(Table.named("typed").column("tags", "text").column("n", "int"));
        op.execute("insert into typed values ('a,b', 7)");
        op.alterColumnType("typed", "tags", "text[]", "string_to_array(tags, ',')");
        op.alterColumnType("typed", "n", "bigint");
        assertThat(catalog.columnType("typed", "tags")).isEqualTo("text[]");
        assertThat(catalog.columnType("typed", "n")).isEqualTo("bigint");
        assertThat(catalog.one("select tags[2] from typed")).isEqualTo("b");
    }

    @Test
    void setNotNullIsEnforcedAndDropNotNullLiftsIt() throws SQLException {
        op.createTable(Table.named("strict").column("a", "int"));
        op.setNotNull("strict", "a");
        assertThat(catalog.nullable("strict", "a")).isEqualTo("NO");
        assertThatThrownBy(() -> op.execute("insert into strict (a) values (null)"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("23502"));
        op.dropNotNull("strict", "a");
        op.execute("insert into strict (a) values (null)");
        assertThat(catalog.nullable("strict", "a")).isEqualTo("YES");
    }

    @Test
    void literalDefaultStoresTheTextWhileExpressionDefaultIsEvaluated() throws SQLException {
        op.createTable(Table.named("defaults").column("id", "int").column("lit", "text").column("expr", "text"));
        op.setDefault("defaults", "lit", ColumnDefault.value("now()"));
        op.setDefault("defaults", "expr", ColumnDefault.expression("now()::date::text"));
        op.execute("insert into defaults (id) values (1)");
        assertThat(catalog.one("select lit from defaults")).isEqualTo("now()");
        assertThat(catalog.one("select expr = current_date::text from defaults")).isEqualTo("t");
        op.dropDefault("defaults", "lit");
        assertThat(catalog.columnDefault("defaults", "lit")).isNull();
    }

    @Test
    void identityGeneratedAlwaysRefusesExplicitValuesAndCanBeSwitchedAndDropped() throws SQLException {
        op.createTable(Table.named("ids").column(Column.of("id", "bigint").notNull()).column("v", "text"));
        op.addIdentity("ids", "id", Identity.always().options(SequenceOptions.DEFAULTS.startWith(100)));
        op.execute("insert into ids (v) values ('a')");
        assertThat(catalog.one("select id from ids")).isEqualTo("100");
        assertThat(catalog.identityGeneration("ids", "id")).isEqualTo("ALWAYS");
        assertThatThrownBy(() -> op.execute("insert into ids (id, v) values (5, 'b')"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("428C9"));
        op.setIdentityGeneration("ids", "id", Identity.Generation.BY_DEFAULT);
        op.execute("insert into ids (id, v) values (5, 'b')");
        assertThat(catalog.identityGeneration("ids", "id")).isEqualTo("BY DEFAULT");
        op.dropIdentity("ids", "id");
        op.dropIdentity("ids", "id", IF_EXISTS);
        assertThat(catalog.identityGeneration("ids", "id")).isNull();
    }

    @Test
    void commentOnColumnSetsAndRemoves() throws SQLException {
        op.createTable(Table.named("commented").column("a", "int"));
        op.commentOnColumn("commented", "a", "E'\\x' isn't code");
        assertThat(catalog.one("select col_description('commented'::regclass, 1)")).isEqualTo("E'\\x' isn't code");
        op.commentOnColumn("commented", "a", null);
        assertThat(catalog.one("select col_description('commented'::regclass, 1)")).isNull();
    }

    @Test
    void trickyNamesAreCreatedExactlyAsWritten() throws SQLException {
        op.createTable(Table.named("user").column("order", "int").column("Mixed Case", "text")
                .column("quote\"inside", "text").column("ünïcode", "text"));
        assertThat(catalog.list("select column_name from information_schema.columns where table_name = 'user'"
                + " order by ordinal_position")).containsExactly("order", "Mixed Case", "quote\"inside", "ünïcode");
    }

    @Test
    void injectionInNamesAndDefaultsCreatesTheOddNameOrValueAndDropsNothing() throws SQLException {
        op.createTable(Table.named("x").column("keep", "int"));
        String evilName = "\"; drop table x; --";
        String evilValue = "'); drop table x; --";
        op.createTable(Table.named(evilName)
                .column(Column.of(evilName, "text").defaultValue(evilValue))
                .column("id", "int")
                .comment(evilValue));
        op.execute("insert into " + SqlText.identifier(evilName) + " (id) values (1)");
        assertThat(catalog.tableExists("public", "x")).isTrue();
        assertThat(catalog.tableExists("public", evilName)).isTrue();
        assertThat(catalog.one("select column_name from information_schema.columns where table_name = ?"
                + " and ordinal_position = 1", evilName)).isEqualTo(evilName);
        assertThat(catalog.one("select \"\"\"; drop table x; --\" from \"\"\"; drop table x; --\""))
                .isEqualTo(evilValue);
        assertThat(catalog.one("select obj_description(c.oid, 'pg_class') from pg_class c where relname = ?", evilName))
                .isEqualTo(evilValue);
    }

    @Test
    void overlongNamesAreRejectedBeforeAnythingRuns() throws SQLException {
        String name = "n".repeat(64);
        assertThatThrownBy(() -> op.createTable(Table.named(name).column("a", "int")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 bytes");
        assertThat(catalog.one("select count(*) from pg_class where relname like 'nnnnnnnn%'")).isEqualTo("0");
    }

    @Test
    void foreignKeyDeclaredInCreateTableCascades() throws SQLException {
        op.createTable(Table.named("owner").column(Column.of("id", "int").notNull()).primaryKey("id"));
        op.createTable(Table.named("owned").column("owner_id", "int")
                .foreignKey(ForeignKey.of("owner_id").references("owner").onDelete(ReferentialAction.CASCADE)));
        op.execute("insert into owner values (1), (2)");
        op.execute("insert into owned values (1), (2), (2)");
        op.execute("delete from owner where id = 2");
        assertThat(catalog.list("select owner_id from owned")).containsExactly("1");
    }

    @Test
    void dropColumnCascadeAlsoDropsTheViewThatUsesIt() throws SQLException {
        op.createTable(Table.named("shown").column("a", "int").column("b", "int"));
        op.execute("create view shown_b as select b from shown");
        assertThatThrownBy(() -> op.dropColumn("shown", "b"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("2BP01"));
        op.dropColumn("shown", "b", CASCADE);
        assertThat(catalog.one("select count(*) from pg_views where viewname = 'shown_b'")).isEqualTo("0");
        assertThat(catalog.list("select column_name from information_schema.columns where table_name = 'shown'"))
                .containsExactly("a");
    }
}
