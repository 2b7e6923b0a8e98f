package io.omninode.migrations.internal.engine;

import static io.omninode.migrations.Operations.Option.CASCADE;
import static io.omninode.migrations.Operations.Option.CONCURRENTLY;
import static io.omninode.migrations.Operations.Option.IF_EXISTS;
import static io.omninode.migrations.Operations.Option.IF_NOT_EXISTS;
import static io.omninode.migrations.Operations.Option.NOT_VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.Operations;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Index and constraint operations, run on PostgreSQL and checked in its catalog. */
class IndexAndConstraintOperationsOnPostgresTest extends OnPostgres {

    @BeforeAll
    static void createTables() {
        op.createTable(Table.named("doc")
                .column(Column.of("id", "int").notNull())
                .column("title", "text")
                .column("email", "text")
                .column("body", "tsvector")
                .column("tags", "text[]")
                .column("created_at", "timestamptz")
                .column("deleted_at", "timestamptz")
                .column("range", "int4range")
                .primaryKey("id"));
    }

    @Test
    void multiColumnIndexKeepsKeyOrderAndDirection() throws SQLException {
        op.createIndex(Index.of("ix_doc_title_created", "doc", IndexKey.column("title"),
                IndexKey.column("created_at").desc()));
        assertThat(catalog.index("ix_doc_title_created"))
                .isEqualTo("CREATE INDEX ix_doc_title_created ON public.doc USING btree (title, created_at DESC)");
    }

    @Test
    void uniqueExpressionIndexRefusesCaseInsensitiveDuplicates() throws SQLException {
        op.createIndex(Index.of("uq_doc_email", "doc", IndexKey.expression("lower(email)")).asUnique());
        assertThat(catalog.index("uq_doc_email"))
                .isEqualTo("CREATE UNIQUE INDEX uq_doc_email ON public.doc USING btree (lower(email))");
        op.execute("insert into doc (id, email) values (100, 'A@x.org')");
        assertThatThrownBy(() -> op.execute("insert into doc (id, email) values (101, 'a@X.org')"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("23505"));
        op.execute("delete from doc where id = 100");
    }

    @Test
    void partialIndexWithIncludeIsReallyPartialAndCovering() throws SQLException {
        op.createIndex(Index.of("ix_doc_live", "doc", "title").include("email").where("deleted_at IS NULL"));
        assertThat(catalog.index("ix_doc_live")).isEqualTo(
                "CREATE INDEX ix_doc_live ON public.doc USING btree (title) INCLUDE (email) WHERE (deleted_at IS NULL)");
        assertThat(catalog.one("select indpred is not null from pg_index where indexrelid = 'ix_doc_live'::regclass"))
                .isEqualTo("t");
        assertThat(catalog.one("select indnkeyatts || '/' || indnatts from pg_index"
                + " where indexrelid = 'ix_doc_live'::regclass")).isEqualTo("1/2");
    }

    @Test
    void everyAccessMethodIsUsed() throws SQLException {
        op.createIndex(Index.of("ix_doc_hash", "doc", "email").using(IndexMethod.HASH));
        op.createIndex(Index.of("ix_doc_gin", "doc", "tags").using(IndexMethod.GIN));
        op.createIndex(Index.of("ix_doc_gist", "doc", "range").using(IndexMethod.GIST));
        op.createIndex(Index.of("ix_doc_spgist", "doc", "title").using(IndexMethod.SPGIST));
        op.createIndex(Index.of("ix_doc_brin", "doc", "created_at").using(IndexMethod.BRIN));
        op.createIndex(Index.of("ix_doc_btree", "doc", "created_at").using(IndexMethod.BTREE));
        assertThat(catalog.list("select c.relname || ':' || am.amname from pg_class c join pg_am am on am.oid = c.relam"
                + " where c.relname in ('ix_doc_hash', 'ix_doc_gin', 'ix_doc_gist', 'ix_doc_spgist', 'ix_doc_brin',"
                + " 'ix_doc_btree') order by c.relname")).containsExactly("ix_doc_brin:brin", "ix_doc_btree:btree",
                "ix_doc_gin:gin", "ix_doc_gist:gist", "ix_doc_hash:hash", "ix_doc_spgist:spgist");
    }

    @Test
    void concurrentIndexIsBuiltAndDroppedOutsideATransaction() throws SQLException {
        op.createIndex(Index.of("ix_doc_concurrent", "doc", "title"), CONCURRENTLY, IF_NOT_EXISTS);
        op.createIndex(Index.of("ix_doc_concurrent", "doc", "email"), IF_NOT_EXISTS);
        assertThat(catalog.one("select indisvalid from pg_index where indexrelid = 'ix_doc_concurrent'::regclass"))
                .isEqualTo("t");
        assertThat(catalog.index("ix_doc_concurrent")).endsWith("(title)");
        op.dropIndex("ix_doc_concurrent", CONCURRENTLY);
        op.dropIndex("ix_doc_concurrent", IF_EXISTS);
        assertThat(catalog.one("select to_regclass('ix_doc_concurrent')")).isNull();
    }

    @Test
    void concurrentIndexInsideATransactionFailsClearlyAndSendsNothing(TestDatabase database) throws SQLException {
        try (Connection transactional = database.connect()) {
            Operations inTransaction = inTransaction(transactional);
            assertThatThrownBy(() -> inTransaction.createIndex(Index.of("ix_doc_tx", "doc", "title"), CONCURRENTLY))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inside a transaction block")
                    .hasMessageContaining("@Migration(transactional = false)");
            inTransaction.execute("select 1"); // the transaction is still usable: nothing was sent
            transactional.rollback();
        }
        assertThat(catalog.one("select to_regclass('ix_doc_tx')")).isNull();
    }

    @Test
    void renameIndex() throws SQLException {
        op.createIndex(Index.of("ix_doc_old", "doc", "title"));
        op.renameIndex("ix_doc_old", "Ix Doc New");
        assertThat(catalog.one("select to_regclass('ix_doc_old')")).isNull();
        assertThat(catalog.index("Ix Doc New")).startsWith("CREATE INDEX \"Ix Doc New\" ON public.doc");
    }

    @Test
    void renameConstraint() throws SQLException {
        op.createTable(Table.named("rc").column("a", "int").check(CheckConstraint.of("ck_rc_old", "a > 0")));
        op.renameConstraint("rc", "ck_rc_old", "ck_rc_new");
        assertThat(catalog.constraint("rc", "ck_rc_old")).isNull();
        assertThat(catalog.constraint("rc", "ck_rc_new")).isEqualTo("CHECK ((a > 0))");
    }

    @Test
    void primaryKeyAddedLater() throws SQLException {
        op.createTable(Table.named("keyed").column(Column.of("a", "int").notNull()).column(Column.of("b", "int").notNull()));
        op.addPrimaryKey("keyed", PrimaryKey.of("a", "b").named("pk_keyed"));
        assertThat(catalog.constraint("keyed", "pk_keyed")).isEqualTo("PRIMARY KEY (a, b)");
    }

    @Test
    void foreignKeyOnDeleteCascadeReallyDeletesChildren() throws SQLException {
        parentAndChild("fk");
        op.addForeignKey("fk_child", ForeignKey.of("parent_id").references("fk_parent", "id")
                .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.CASCADE).named("fk_child_parent"));
        op.execute("insert into fk_parent values (1), (2)");
        op.execute("insert into fk_child values (1), (2)");
        op.execute("delete from fk_parent where id = 1");
        op.execute("update fk_parent set id = 20 where id = 2");
        assertThat(catalog.list("select parent_id from fk_child")).containsExactly("20");
    }

    @Test
    void foreignKeyOnDeleteSetNullAndDeferrable() throws SQLException {
        parentAndChild("sn");
        op.addForeignKey("sn_child", ForeignKey.of("parent_id").references("sn_parent")
                .onDelete(ReferentialAction.SET_NULL).deferrable(true).named("fk_sn"));
        assertThat(catalog.one("select condeferrable::text || condeferred::text from pg_constraint where conname = 'fk_sn'"))
                .isEqualTo("truetrue");
        op.execute("insert into sn_parent values (1)");
        op.execute("insert into sn_child values (1)");
        op.execute("delete from sn_parent");
        assertThat(catalog.one("select parent_id is null from sn_child")).isEqualTo("t");
    }

    @Test
    void notValidForeignKeyIgnoresOldRowsUntilValidated() throws SQLException {
        parentAndChild("nv");
        op.execute("insert into nv_child values (7)");
        op.addForeignKey("nv_child", ForeignKey.of("parent_id").references("nv_parent", "id").named("fk_nv"), NOT_VALID);
        assertThat(catalog.one("select convalidated from pg_constraint where conname = 'fk_nv'")).isEqualTo("f");
        assertThatThrownBy(() -> op.validateConstraint("nv_child", "fk_nv"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("23503"));
        op.execute("insert into nv_parent values (7)");
        op.validateConstraint("nv_child", "fk_nv");
        assertThat(catalog.one("select convalidated from pg_constraint where conname = 'fk_nv'")).isEqualTo("t");
    }

    @Test
    void uniqueConstraintRefusesDuplicates() throws SQLException {
        op.createTable(Table.named("uq").column("a", "int").column("b", "int"));
        op.addUnique("uq", Unique.of("a", "b").named("uq_ab"));
        assertThat(catalog.constraint("uq", "uq_ab")).isEqualTo("UNIQUE (a, b)");
        op.execute("insert into uq values (1, 1)");
        assertThatThrownBy(() -> op.execute("insert into uq values (1, 1)"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("23505"));
    }

    @Test
    void checkConstraintIsEnforcedAndNotValidThenValidated() throws SQLException {
        op.createTable(Table.named("ck").column("amount", "int"));
        op.execute("insert into ck values (-1)");
        op.addCheck("ck", CheckConstraint.of("ck_positive", "amount > 0"), NOT_VALID);
        assertThat(catalog.constraint("ck", "ck_positive")).isEqualTo("CHECK ((amount > 0)) NOT VALID");
        assertThatThrownBy(() -> op.execute("insert into ck values (-2)"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("23514"));
        op.execute("delete from ck");
        op.validateConstraint("ck", "ck_positive");
        assertThat(catalog.constraint("ck", "ck_positive")).isEqualTo("CHECK ((amount > 0))");
    }

    @Test
    void dropConstraintRemovesItAndIfExistsIsSilent() throws SQLException {
        op.createTable(Table.named("dc").column("a", "int").check(CheckConstraint.of("ck_dc", "a <> 0")));
        op.dropConstraint("dc", "ck_dc");
        op.dropConstraint("dc", "ck_dc", IF_EXISTS);
        assertThat(catalog.constraint("dc", "ck_dc")).isNull();
        op.execute("insert into dc values (0)");
    }

    @Test
    void dropIndexCascadeAlsoDropsTheForeignKeyThatNeedsIt() throws SQLException {
        op.createTable(Table.named("ref_target").column(Column.of("code", "text").notNull()));
        op.createIndex(Index.of("uq_ref_target_code", "ref_target", "code").asUnique());
        op.createTable(Table.named("ref_source").column("code", "text")
                .foreignKey(ForeignKey.of("code").references("ref_target", "code").named("fk_ref_source")));
        assertThatThrownBy(() -> op.dropIndex("uq_ref_target_code"))
                .satisfies(e -> assertThat(((StatementFailedException) e).sqlState()).isEqualTo("2BP01"));
        op.dropIndex("uq_ref_target_code", CASCADE);
        assertThat(catalog.constraint("ref_source", "fk_ref_source")).isNull();
    }

    @Test
    void dropConstraintCascadeAlsoDropsDependentForeignKeys() throws SQLException {
        op.createTable(Table.named("pk_target").column(Column.of("id", "int").notNull())
                .primaryKey(PrimaryKey.of("id").named("pk_target_pkey")));
        op.createTable(Table.named("pk_source").column("target_id", "int")
                .foreignKey(ForeignKey.of("target_id").references("pk_target").named("fk_pk_source")));
        op.dropConstraint("pk_target", "pk_target_pkey", CASCADE);
        assertThat(catalog.constraint("pk_source", "fk_pk_source")).isNull();
        assertThat(catalog.constraint("pk_target", "pk_target_pkey")).isNull();
    }

    @Test
    void initiallyDeferredForeignKeyIsCheckedOnlyAtCommit(TestDatabase database) throws SQLException {
        parentAndChild("df");
        op.addForeignKey("df_child", ForeignKey.of("parent_id").references("df_parent").deferrable(true));
        try (Connection transactional = database.connect()) {
            Operations inTransaction = inTransaction(transactional);
            inTransaction.execute("insert into df_child values (1)"); // no parent yet: fine until commit
            inTransaction.execute("insert into df_parent values (1)");
            transactional.commit();
        }
        assertThat(catalog.one("select count(*) from df_child")).isEqualTo("1");
    }

    /** {@code <prefix>_parent(id int primary key)} and {@code <prefix>_child(parent_id int)}, not yet linked. */
    private static void parentAndChild(String prefix) {
        op.createTable(Table.named(prefix + "_parent").column(Column.of("id", "int").notNull()).primaryKey("id"));
        op.createTable(Table.named(prefix + "_child").column("parent_id", "int"));
    }
}
