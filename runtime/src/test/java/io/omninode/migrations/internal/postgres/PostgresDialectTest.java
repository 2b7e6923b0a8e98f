package io.omninode.migrations.internal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.EnumType;
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
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.schema.change.AddCheck;
import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AddForeignKey;
import io.omninode.migrations.schema.change.AddIdentity;
import io.omninode.migrations.schema.change.AddPrimaryKey;
import io.omninode.migrations.schema.change.AddUnique;
import io.omninode.migrations.schema.change.AlterColumnDefault;
import io.omninode.migrations.schema.change.AlterColumnNullability;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.BulkInsert;
import io.omninode.migrations.schema.change.CommentOnColumn;
import io.omninode.migrations.schema.change.CommentOnTable;
import io.omninode.migrations.schema.change.CreateEnum;
import io.omninode.migrations.schema.change.CreateExtension;
import io.omninode.migrations.schema.change.CreateIndex;
import io.omninode.migrations.schema.change.CreateSchema;
import io.omninode.migrations.schema.change.CreateSequence;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropColumn;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.DropEnum;
import io.omninode.migrations.schema.change.DropExtension;
import io.omninode.migrations.schema.change.DropIdentity;
import io.omninode.migrations.schema.change.DropIndex;
import io.omninode.migrations.schema.change.DropSchema;
import io.omninode.migrations.schema.change.DropSequence;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.ExecuteSql;
import io.omninode.migrations.schema.change.RenameColumn;
import io.omninode.migrations.schema.change.RenameTable;
import io.omninode.migrations.schema.change.RenameEnumValue;
import io.omninode.migrations.schema.change.RenameConstraint;
import io.omninode.migrations.schema.change.RenameIndex;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.change.SetIdentityGeneration;
import io.omninode.migrations.schema.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresDialectTest {

    private static final QualifiedName NODE = QualifiedName.of("node");
    private static final QualifiedName USER = QualifiedName.of("Audit", "user");

    private final PostgresDialect dialect = new PostgresDialect();

    private List<String> sql(SchemaChange change) {
        return dialect.render(change).stream().map(SqlStatement::sql).toList();
    }

    private String one(SchemaChange change) {
        List<String> statements = sql(change);
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    // ---- tables

    @Test
    void createTableRendersColumnsConstraintsAndCommentsAsSeparateStatements() {
        Table table = Table.named("event")
                .column(Column.of("id", "bigint").identity(Identity.always()))
                .column(Column.of("node_id", "uuid").notNull())
                .column(Column.of("status", "text").notNull().defaultValue("new").comment("lifecycle"))
                .column(Column.of("created_at", "timestamptz").notNull().defaultExpression("now()"))
                .column("payload", "jsonb")
                .primaryKey(PrimaryKey.of("id").named("pk_event"))
                .unique(Unique.of("node_id", "created_at").named("uq_event_node_time"))
                .check(CheckConstraint.of("ck_event_status", "status <> ''"))
                .foreignKey(ForeignKey.of("node_id").references("node", "id").onDelete(ReferentialAction.CASCADE)
                        .named("fk_event_node"))
                .comment("what happened");
        assertThat(sql(new CreateTable(table, false))).containsExactly("""
                CREATE TABLE event (
                    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                    node_id uuid NOT NULL,
                    status text DEFAULT 'new' NOT NULL,
                    created_at timestamptz DEFAULT now() NOT NULL,
                    payload jsonb,
                    CONSTRAINT pk_event PRIMARY KEY (id),
                    CONSTRAINT uq_event_node_time UNIQUE (node_id, created_at),
                    CONSTRAINT ck_event_status CHECK (status <> ''),
                    CONSTRAINT fk_event_node FOREIGN KEY (node_id) REFERENCES node (id) ON DELETE CASCADE
                )""",
                "COMMENT ON TABLE event IS 'what happened'",
                "COMMENT ON COLUMN event.status IS 'lifecycle'");
    }

    @Test
    void createTableIfNotExistsInSchemaWithUnnamedConstraints() {
        Table table = Table.named("Audit", "user").column("id", "uuid").primaryKey("id").unique(Unique.of("id"));
        assertThat(one(new CreateTable(table, true))).isEqualTo("""
                CREATE TABLE IF NOT EXISTS "Audit"."user" (
                    id uuid,
                    PRIMARY KEY (id),
                    UNIQUE (id)
                )""");
    }

    @Test
    void createTableWithoutColumnsIsValidSql() {
        assertThat(one(new CreateTable(Table.named("empty"), false))).isEqualTo("CREATE TABLE empty ()");
    }

    @Test
    void dropRenameAndCommentOnTable() {
        assertThat(one(new DropTable(NODE, false, false))).isEqualTo("DROP TABLE node");
        assertThat(one(new DropTable(USER, true, true))).isEqualTo("DROP TABLE IF EXISTS \"Audit\".\"user\" CASCADE");
        assertThat(one(new RenameTable(USER, "order"))).isEqualTo("ALTER TABLE \"Audit\".\"user\" RENAME TO \"order\"");
        assertThat(one(new CommentOnTable(NODE, "it's a node"))).isEqualTo("COMMENT ON TABLE node IS 'it''s a node'");
        assertThat(one(new CommentOnTable(NODE, null))).isEqualTo("COMMENT ON TABLE node IS NULL");
    }

    // ---- columns

    @Test
    void addColumnWithCommentAddsACommentStatement() {
        assertThat(sql(new AddColumn(NODE, Column.of("Status", "varchar(20)").notNull().defaultValue("a'b")
                .comment("state"), true))).containsExactly(
                "ALTER TABLE node ADD COLUMN IF NOT EXISTS \"Status\" varchar(20) DEFAULT 'a''b' NOT NULL",
                "COMMENT ON COLUMN node.\"Status\" IS 'state'");
    }

    @Test
    void dropAndRenameColumn() {
        assertThat(one(new DropColumn(NODE, "legacy", false, false))).isEqualTo("ALTER TABLE node DROP COLUMN legacy");
        assertThat(one(new DropColumn(NODE, "order", true, true)))
                .isEqualTo("ALTER TABLE node DROP COLUMN IF EXISTS \"order\" CASCADE");
        assertThat(one(new RenameColumn(NODE, "name", "Title"))).isEqualTo("ALTER TABLE node RENAME COLUMN name TO \"Title\"");
    }

    @Test
    void alterColumnTypeWithAndWithoutUsing() {
        assertThat(one(new AlterColumnType(NODE, "amount", SqlType.of("numeric(12,2)"), null)))
                .isEqualTo("ALTER TABLE node ALTER COLUMN amount TYPE numeric(12,2)");
        assertThat(one(new AlterColumnType(NODE, "tags", SqlType.of("text[]"), "string_to_array(tags, ',')")))
                .isEqualTo("ALTER TABLE node ALTER COLUMN tags TYPE text[] USING string_to_array(tags, ',')");
    }

    @Test
    void nullability() {
        assertThat(one(new AlterColumnNullability(NODE, "status", false)))
                .isEqualTo("ALTER TABLE node ALTER COLUMN status SET NOT NULL");
        assertThat(one(new AlterColumnNullability(NODE, "status", true)))
                .isEqualTo("ALTER TABLE node ALTER COLUMN status DROP NOT NULL");
    }

    @Test
    void literalDefaultIsEscapedWhileExpressionDefaultIsVerbatim() {
        assertThat(one(new AlterColumnDefault(NODE, "status", ColumnDefault.value("now()"))))
                .isEqualTo("ALTER TABLE node ALTER COLUMN status SET DEFAULT 'now()'");
        assertThat(one(new AlterColumnDefault(NODE, "created_at", ColumnDefault.expression("now()"))))
                .isEqualTo("ALTER TABLE node ALTER COLUMN created_at SET DEFAULT now()");
        assertThat(one(new AlterColumnDefault(NODE, "n", ColumnDefault.value(42)))).endsWith("SET DEFAULT 42");
        assertThat(one(new AlterColumnDefault(NODE, "b", ColumnDefault.value(false)))).endsWith("SET DEFAULT false");
        assertThat(one(new AlterColumnDefault(NODE, "s", ColumnDefault.value("back\\slash"))))
                .endsWith("SET DEFAULT E'back\\\\slash'");
        assertThat(one(new AlterColumnDefault(NODE, "status", null)))
                .isEqualTo("ALTER TABLE node ALTER COLUMN status DROP DEFAULT");
    }

    @Test
    void identityAddDropAndSet() {
        assertThat(one(new AddIdentity(NODE, "id", Identity.byDefault())))
                .isEqualTo("ALTER TABLE node ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY");
        assertThat(one(new AddIdentity(NODE, "id",
                Identity.always().options(SequenceOptions.DEFAULTS.startWith(1000).incrementBy(5)))))
                .isEqualTo("ALTER TABLE node ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY"
                        + " (INCREMENT BY 5 START WITH 1000)");
        assertThat(one(new DropIdentity(NODE, "id", false))).isEqualTo("ALTER TABLE node ALTER COLUMN id DROP IDENTITY");
        assertThat(one(new DropIdentity(NODE, "id", true)))
                .isEqualTo("ALTER TABLE node ALTER COLUMN id DROP IDENTITY IF EXISTS");
        assertThat(one(new SetIdentityGeneration(NODE, "id", Identity.Generation.BY_DEFAULT)))
                .isEqualTo("ALTER TABLE node ALTER COLUMN id SET GENERATED BY DEFAULT");
    }

    @Test
    void commentOnColumn() {
        assertThat(one(new CommentOnColumn(USER, "Name", "shown'd")))
                .isEqualTo("COMMENT ON COLUMN \"Audit\".\"user\".\"Name\" IS 'shown''d'");
        assertThat(one(new CommentOnColumn(NODE, "name", null))).isEqualTo("COMMENT ON COLUMN node.name IS NULL");
    }

    // ---- indexes

    @Test
    void plainAndMultiColumnIndexes() {
        assertThat(one(new CreateIndex(Index.of("ix_node_name", "node", "name"), false, false)))
                .isEqualTo("CREATE INDEX ix_node_name ON node (name)");
        assertThat(one(new CreateIndex(Index.of("ix_event", "event", IndexKey.column("node_id"),
                IndexKey.column("created_at").desc()), false, false)))
                .isEqualTo("CREATE INDEX ix_event ON event (node_id, created_at DESC)");
    }

    @Test
    void indexKeysWithOperatorClassAndNullsOrder() {
        assertThat(one(new CreateIndex(Index.of("ix_word", "word", IndexKey.column("w").opclass("text_pattern_ops"),
                IndexKey.column("at").desc().nullsFirst(false), IndexKey.column("rank").nullsFirst(true),
                IndexKey.column("seen").desc().nullsFirst(true)), false, false)))
                .isEqualTo("CREATE INDEX ix_word ON word (w text_pattern_ops, at DESC NULLS LAST, rank NULLS FIRST, seen DESC)");
    }

    @Test
    void uniqueExpressionPartialIncludeIndex() {
        Index index = Index.of("uq_account_email", "account", IndexKey.expression("lower(email)"))
                .asUnique().include("id", "Name").where("deleted_at IS NULL");
        assertThat(one(new CreateIndex(index, false, false))).isEqualTo("CREATE UNIQUE INDEX uq_account_email ON account"
                + " ((lower(email))) INCLUDE (id, \"Name\") WHERE deleted_at IS NULL");
    }

    @Test
    void everyIndexMethodButBtreeIsNamed() {
        for (IndexMethod method : IndexMethod.values()) {
            String sql = one(new CreateIndex(Index.of("ix", "t", "c").using(method), false, false));
            assertThat(sql).isEqualTo(method == IndexMethod.BTREE
                    ? "CREATE INDEX ix ON t (c)"
                    : "CREATE INDEX ix ON t USING " + method.sql() + " (c)");
        }
        assertThat(IndexMethod.SPGIST.sql()).isEqualTo("spgist");
    }

    @Test
    void concurrentlyAndIfNotExistsIndexOptions() {
        assertThat(one(new CreateIndex(Index.of("ix", "t", "c"), true, true)))
                .isEqualTo("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON t (c)");
        assertThat(one(new DropIndex(QualifiedName.of("ix"), false, false, false))).isEqualTo("DROP INDEX ix");
        assertThat(one(new DropIndex(QualifiedName.of("s", "ix"), true, true, false)))
                .isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS s.ix");
        assertThat(one(new DropIndex(QualifiedName.of("ix"), false, false, true))).isEqualTo("DROP INDEX ix CASCADE");
    }

    @Test
    void onlyConcurrentIndexChangesRequireNoTransaction() {
        assertThat(dialect.requiresNoTransaction(new CreateIndex(Index.of("ix", "t", "c"), true, false))).isTrue();
        assertThat(dialect.requiresNoTransaction(new DropIndex(QualifiedName.of("ix"), true, false, false))).isTrue();
        assertThat(dialect.requiresNoTransaction(new CreateIndex(Index.of("ix", "t", "c"), false, false))).isFalse();
        assertThat(dialect.requiresNoTransaction(new DropTable(NODE, false, false))).isFalse();
    }

    @Test
    void renameIndexKeepsItsSchema() {
        assertThat(one(new RenameIndex(QualifiedName.of("Audit", "ix_old"), "Ix New")))
                .isEqualTo("ALTER INDEX \"Audit\".ix_old RENAME TO \"Ix New\"");
    }

    // ---- constraints

    @Test
    void primaryKeyUniqueAndCheck() {
        assertThat(one(new AddPrimaryKey(NODE, PrimaryKey.of("tenant_id", "id").named("pk_node"))))
                .isEqualTo("ALTER TABLE node ADD CONSTRAINT pk_node PRIMARY KEY (tenant_id, id)");
        assertThat(one(new AddPrimaryKey(NODE, PrimaryKey.of("id")))).isEqualTo("ALTER TABLE node ADD PRIMARY KEY (id)");
        assertThat(one(new AddUnique(NODE, Unique.of("email").named("uq_node_email"))))
                .isEqualTo("ALTER TABLE node ADD CONSTRAINT uq_node_email UNIQUE (email)");
        assertThat(one(new AddCheck(NODE, CheckConstraint.of("ck_amount", "amount > 0"), false)))
                .isEqualTo("ALTER TABLE node ADD CONSTRAINT ck_amount CHECK (amount > 0)");
        assertThat(one(new AddCheck(NODE, CheckConstraint.of(null, "amount > 0"), true)))
                .isEqualTo("ALTER TABLE node ADD CHECK (amount > 0) NOT VALID");
    }

    @Test
    void foreignKeyWithActionsDeferrableAndNotValid() {
        ForeignKey key = ForeignKey.of("tenant_id", "node_id").references(USER, "tenant_id", "id")
                .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.RESTRICT).deferrable(true)
                .named("fk_event_user");
        assertThat(one(new AddForeignKey(NODE, key, true))).isEqualTo("ALTER TABLE node ADD CONSTRAINT fk_event_user"
                + " FOREIGN KEY (tenant_id, node_id) REFERENCES \"Audit\".\"user\" (tenant_id, id)"
                + " ON DELETE SET NULL ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED NOT VALID");
        assertThat(one(new AddForeignKey(NODE, ForeignKey.of("parent_id").references("node")
                .onDelete(ReferentialAction.SET_DEFAULT).onUpdate(ReferentialAction.CASCADE).deferrable(false), false)))
                .isEqualTo("ALTER TABLE node ADD FOREIGN KEY (parent_id) REFERENCES node"
                        + " ON DELETE SET DEFAULT ON UPDATE CASCADE DEFERRABLE INITIALLY IMMEDIATE");
    }

    @Test
    void dropAndValidateConstraint() {
        assertThat(one(new DropConstraint(NODE, "fk_x", false, false))).isEqualTo("ALTER TABLE node DROP CONSTRAINT fk_x");
        assertThat(one(new DropConstraint(NODE, "Fk X", true, true)))
                .isEqualTo("ALTER TABLE node DROP CONSTRAINT IF EXISTS \"Fk X\" CASCADE");
        assertThat(one(new ValidateConstraint(NODE, "fk_x"))).isEqualTo("ALTER TABLE node VALIDATE CONSTRAINT fk_x");
    }

    @Test
    void renameConstraint() {
        assertThat(one(new RenameConstraint(USER, "user_pkey", "pk_user")))
                .isEqualTo("ALTER TABLE \"Audit\".\"user\" RENAME CONSTRAINT user_pkey TO pk_user");
    }

    // ---- types, sequences, schemas, extensions

    @Test
    void enumCreateDropAndAddValue() {
        QualifiedName status = QualifiedName.of("node_status");
        assertThat(one(new CreateEnum(new EnumType(QualifiedName.of("Audit", "Level"), List.of("low", "it's")))))
                .isEqualTo("CREATE TYPE \"Audit\".\"Level\" AS ENUM ('low', 'it''s')");
        assertThat(one(new DropEnum(status, true, true))).isEqualTo("DROP TYPE IF EXISTS node_status CASCADE");
        assertThat(one(new AddEnumValue(status, "retired", null, null, false)))
                .isEqualTo("ALTER TYPE node_status ADD VALUE 'retired'");
        assertThat(one(new AddEnumValue(status, "pending", "active", null, true)))
                .isEqualTo("ALTER TYPE node_status ADD VALUE IF NOT EXISTS 'pending' BEFORE 'active'");
        assertThat(one(new AddEnumValue(status, "paused", null, "active", false)))
                .isEqualTo("ALTER TYPE node_status ADD VALUE 'paused' AFTER 'active'");
    }

    @Test
    void renameEnumValueQuotesBothLabelsAsStrings() {
        assertThat(one(new RenameEnumValue(QualifiedName.of("node_status"), "it's", "it is")))
                .isEqualTo("ALTER TYPE node_status RENAME VALUE 'it''s' TO 'it is'");
    }

    @Test
    void sequenceWithEveryOption() {
        Sequence sequence = Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.dataType("integer")
                .startWith(1000).incrementBy(10).minValue(1).maxValue(999_999).cache(20).cycle(true));
        assertThat(one(new CreateSequence(sequence, true))).isEqualTo("CREATE SEQUENCE IF NOT EXISTS invoice_number"
                + " AS integer INCREMENT BY 10 MINVALUE 1 MAXVALUE 999999 START WITH 1000 CACHE 20 CYCLE");
        assertThat(one(new CreateSequence(Sequence.of("s"), false))).isEqualTo("CREATE SEQUENCE s");
        assertThat(one(new DropSequence(QualifiedName.of("s"), true, true))).isEqualTo("DROP SEQUENCE IF EXISTS s CASCADE");
    }

    @Test
    void schemasAndExtensions() {
        assertThat(one(new CreateSchema("audit", false))).isEqualTo("CREATE SCHEMA audit");
        assertThat(one(new CreateSchema("Audit", true))).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"Audit\"");
        assertThat(one(new DropSchema("audit", true, true))).isEqualTo("DROP SCHEMA IF EXISTS audit CASCADE");
        assertThat(one(new CreateExtension("pg_trgm", null, true))).isEqualTo("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        assertThat(one(new CreateExtension("pgcrypto", "ext", false))).isEqualTo("CREATE EXTENSION pgcrypto WITH SCHEMA ext");
        assertThat(one(new DropExtension("pg_trgm", true, true))).isEqualTo("DROP EXTENSION IF EXISTS pg_trgm CASCADE");
    }

    // ---- data

    @Test
    void executeKeepsSqlAndParametersSeparate() {
        List<SqlStatement> statements = dialect.render(new ExecuteSql("update t set a = ? where b = ?",
                Arrays.asList("'); drop table t; --", null)));
        assertThat(statements).containsExactly(new SqlStatement("update t set a = ? where b = ?",
                Arrays.asList("'); drop table t; --", null)));
    }

    @Test
    void bulkInsertBindsEveryValueAsAParameter() {
        UUID id = UUID.randomUUID();
        List<SqlStatement> statements = dialect.render(new BulkInsert(USER, List.of("id", "Name"),
                List.of(List.of(id, "a"), Arrays.asList(id, null))));
        assertThat(statements).containsExactly(new SqlStatement(
                "INSERT INTO \"Audit\".\"user\" (id, \"Name\") VALUES (?, ?), (?, ?)", Arrays.asList(id, "a", id, null)));
    }

    @Test
    void bulkInsertSplitsLargeRowListsIntoStatementsOfAtMostAThousandRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(List.of(i));
        }
        List<SqlStatement> statements = dialect.render(new BulkInsert(NODE, List.of("n"), rows));
        assertThat(statements).extracting(s -> s.parameters().size()).containsExactly(1000, 1000, 500);
        assertThat(statements.get(2).sql()).isEqualTo("INSERT INTO node (n) VALUES "
                + String.join(", ", Collections.nCopies(500, "(?)")));
        assertThat(statements.get(2).parameters().get(0)).isEqualTo(2000);
    }

    @Test
    void bulkInsertStaysUnderPostgresParameterLimitForWideRows() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            columns.add("c" + i);
        }
        List<List<Object>> rows = Collections.nCopies(1_000, Collections.nCopies(100, (Object) 1));
        List<SqlStatement> statements = dialect.render(new BulkInsert(NODE, columns, rows));
        assertThat(statements).allSatisfy(s -> assertThat(s.parameters().size()).isLessThanOrEqualTo(65_535));
        assertThat(statements).extracting(s -> s.parameters().size()).containsExactly(65_500, 34_500);
    }

    // ---- safety

    @Test
    void injectionAttemptsInNamesBecomeQuotedIdentifiers() {
        String evil = "x\"; drop table node; --";
        assertThat(one(new CreateTable(Table.named(evil).column(evil, "text"), false))).isEqualTo("""
                CREATE TABLE "x""; drop table node; --" (
                    "x""; drop table node; --" text
                )""");
        assertThat(one(new AlterColumnDefault(NODE, "s", ColumnDefault.value("'); drop table node; --"))))
                .isEqualTo("ALTER TABLE node ALTER COLUMN s SET DEFAULT '''); drop table node; --'");
        assertThat(one(new CommentOnTable(NODE, "'; drop table node; --")))
                .isEqualTo("COMMENT ON TABLE node IS '''; drop table node; --'");
        assertThat(one(new AddEnumValue(QualifiedName.of("e"), "'); drop table node; --", null, null, false)))
                .isEqualTo("ALTER TYPE e ADD VALUE '''); drop table node; --'");
    }

    @Test
    void reservedWordsAndMixedCaseAreQuotedPlainNamesAreNot() {
        assertThat(one(new AddColumn(QualifiedName.of("order"), Column.of("user", "text"), false)))
                .isEqualTo("ALTER TABLE \"order\" ADD COLUMN \"user\" text");
        assertThat(one(new AddColumn(QualifiedName.of("My Table"), Column.of("camelCase", "text"), false)))
                .isEqualTo("ALTER TABLE \"My Table\" ADD COLUMN \"camelCase\" text");
        assertThat(one(new AddColumn(NODE, Column.of("plain_name", "text"), false)))
                .isEqualTo("ALTER TABLE node ADD COLUMN plain_name text");
    }

    @Test
    void enumTypeNamedColumnTypeIsQuotedAsAnIdentifier() {
        assertThat(one(new AddColumn(NODE, Column.of("level", SqlType.named("Audit", "Level").array()), false)))
                .isEqualTo("ALTER TABLE node ADD COLUMN level \"Audit\".\"Level\"[]");
    }

    @Test
    void identifiersOver63BytesAreRejectedBeforeAnySqlIsRendered() {
        assertThatThrownBy(() -> QualifiedName.of("t".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 bytes")
                .hasMessageContaining("silently truncate");
        assertThatThrownBy(() -> new RenameColumn(NODE, "a", "é".repeat(32))).hasMessageContaining("new column name");
    }
}
