package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.engine.SqlOperations;
import io.omninode.migrations.engine.StatementSink;
import io.omninode.migrations.processor.codegen.StubWriter;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
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
import io.omninode.migrations.schema.change.*;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stub writer speaks the whole vocabulary: a stub holding one change of every kind compiles,
 * and running it sends exactly the SQL that applying the change values sends.
 */
class StubWriterTest {

    private static final QualifiedName NODE = QualifiedName.of("node");
    private static final QualifiedName AUDIT_EVENT = QualifiedName.of("audit", "event");

    /** One (or more) of each of the change kinds, with options and schemas. */
    static List<SchemaChange> everyKind() {
        Table event = Table.named("audit", "event")
                .column(Column.of("id", "bigint").identity(Identity.always()
                        .options(SequenceOptions.DEFAULTS.startWith(100).incrementBy(2).cache(5))))
                .column(Column.of("node_id", "uuid").notNull())
                .column(Column.of("kind", "varchar(40)").notNull().defaultValue("it's \"new\"\\n"))
                .column(Column.of("amount", "numeric(12,2)").defaultValue(new BigDecimal("1.25")))
                .column(Column.of("count", "integer").defaultValue(7L))
                .column(Column.of("live", "boolean").notNull().defaultValue(true).comment("still there"))
                .column(Column.of("at", "timestamptz").defaultExpression("now()"))
                .primaryKey(PrimaryKey.of("id").named("event_pkey"))
                .unique(Unique.of("kind", "at").named("event_kind_at_key"))
                .check(CheckConstraint.of("ck_amount", "amount >= 0"))
                .foreignKey(ForeignKey.of("node_id").references(QualifiedName.of("core", "node"), "id")
                        .named("event_node_fkey").onDelete(ReferentialAction.CASCADE)
                        .onUpdate(ReferentialAction.SET_NULL).deferrable(true))
                .comment("what happened");
        return List.of(
                new CreateSchema("audit", true),
                new CreateExtension("pgcrypto", "audit", true),
                new CreateEnum(new EnumType(QualifiedName.of("audit", "level"), List.of("low", "high"))),
                new CreateSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.dataType("bigint")
                        .startWith(1000).minValue(1).maxValue(1_000_000).cycle(true)), true),
                new CreateTable(event, true),
                new CreateTable(Table.named("node").column(Column.of("id", "bigint")), false),
                new RenameTable(NODE, "vertex"),
                new CommentOnTable(NODE, "nodes"),
                new CommentOnTable(AUDIT_EVENT, null),
                new AddColumn(NODE, Column.of("title", "text").notNull().defaultValue("x"), true),
                new DropColumn(AUDIT_EVENT, "count", true, true),
                new RenameColumn(NODE, "title", "name"),
                new AlterColumnType(NODE, "id", SqlType.of("bigint"), null),
                new AlterColumnType(NODE, "name", SqlType.of("varchar(10)"), "left(name, 10)"),
                new AlterColumnNullability(NODE, "name", false),
                new AlterColumnNullability(NODE, "name", true),
                new AlterColumnDefault(NODE, "name", io.omninode.migrations.schema.ColumnDefault.value("y")),
                new AlterColumnDefault(NODE, "name", io.omninode.migrations.schema.ColumnDefault.expression("md5('')")),
                new AlterColumnDefault(NODE, "name", null),
                new AddIdentity(NODE, "id", Identity.byDefault()),
                new SetIdentityGeneration(NODE, "id", Identity.Generation.ALWAYS),
                new DropIdentity(NODE, "id", true),
                new CommentOnColumn(NODE, "name", "the name"),
                new CreateIndex(Index.of("ix_event_kind", "event", IndexKey.expression("lower(kind)"),
                        IndexKey.column("at").desc()).onTable(AUDIT_EVENT).asUnique().include("live")
                        .where("live"), false, true),
                new CreateIndex(Index.of("ix_node_name", "node", "name").using(IndexMethod.HASH), true, false),
                new RenameIndex(QualifiedName.of("audit", "ix_event_kind"), "ix_event_lower_kind"),
                new DropIndex(QualifiedName.of("audit", "ix_event_lower_kind"), false, true, true),
                new AddPrimaryKey(NODE, PrimaryKey.of("id")),
                new AddForeignKey(AUDIT_EVENT, ForeignKey.of("node_id").references("node", "id"), true),
                new AddUnique(NODE, Unique.of("name")),
                new AddCheck(NODE, CheckConstraint.of("ck_name", "name <> ''"), true),
                new ValidateConstraint(NODE, "ck_name"),
                new RenameConstraint(NODE, "ck_name", "ck_node_name"),
                new DropConstraint(NODE, "ck_node_name", true, true),
                new AddEnumValue(QualifiedName.of("audit", "level"), "mid", "high", null, false),
                new AddEnumValue(QualifiedName.of("audit", "level"), "top", null, "high", false),
                new AddEnumValue(QualifiedName.of("audit", "level"), "max", null, null, true),
                new RenameEnumValue(QualifiedName.of("audit", "level"), "max", "maximum"),
                new ExecuteSql("update node set name = ? where id = ?", Arrays.asList("z", 1L)),
                new ExecuteSql("update node set name = ? where id = ? and name <> ?",
                        Arrays.asList(UUID.fromString("00000000-0000-0000-0000-00000000000a").toString(), null,
                                LocalDate.parse("2026-01-02"))),
                new BulkInsert(NODE, List.of("id", "name"), List.of(Arrays.asList(1L, "a"), Arrays.asList(2L, null))),
                new DropEnum(QualifiedName.of("audit", "level"), true, true),
                new DropSequence(QualifiedName.of("invoice_number"), true, true),
                new DropTable(AUDIT_EVENT, true, true),
                new DropExtension("pgcrypto", true, false),
                new DropSchema("audit", true, true));
    }

    @Test
    void everyChangeKindBecomesCodeThatSendsTheSameSql(@TempDir Path work) throws Exception {
        List<SchemaChange> changes = everyKind();
        StubWriter.Stub stub = new StubWriter.Stub("com.example.db", "0123456789ab", "1975ea83b712", "every kind",
                List.of("+ everything"), changes, List.of(new ExecuteSql("select 1", List.of())));
        String source = StubWriter.write(stub).toString();

        DirectoryCompiler.Result compiled = DirectoryCompiler.compile(work, List.of("-proc:none", "-Xlint:all",
                "-Werror"), List.of(), JavaFileObjects.forSourceString("com.example.db." + stub.className(), source));
        assertThat(compiled.success()).as(compiled.diagnostics() + source).isTrue();

        Recorder direct = new Recorder();
        SqlOperations directOps = new SqlOperations(direct);
        changes.forEach(directOps::apply);
        Recorder generated = new Recorder();
        try (var loader = compiled.classLoader()) {
            MigrationScript script = (MigrationScript) loader.loadClass("com.example.db." + stub.className())
                    .getConstructor().newInstance();
            script.upgrade(new SqlOperations(generated));
        }
        assertThat(generated.statements).isEqualTo(direct.statements).hasSizeGreaterThan(changes.size());
    }

    @Test
    void aGivenClassNameReplacesTheDerivedOneAndMustBeAJavaName() {
        StubWriter.Stub stub = new StubWriter.Stub("p", "0123456789ab", "", "add bridge", List.of(), List.of(), List.of());

        StubWriter.Stub renamed = stub.withClassName("V20261124_100131_0123456789ab_add_bridge");

        assertThat(renamed.className()).isEqualTo("V20261124_100131_0123456789ab_add_bridge");
        assertThat(renamed.revision()).isEqualTo(stub.revision());
        assertThat(StubWriter.write(renamed).toString())
                .contains("public final class V20261124_100131_0123456789ab_add_bridge implements MigrationScript");
        assertThatThrownBy(() -> stub.withClassName("2nd-try"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"2nd-try\" is not a Java class name");
        assertThatThrownBy(() -> stub.withClassName("class")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classNameComesFromTheMessageAndRevision() {
        assertThat(new StubWriter.Stub("p", "0123456789ab", "", "add bridge-table!", List.of(), List.of(), List.of())
                .className()).isEqualTo("AddBridgeTable_0123456789ab");
        assertThat(new StubWriter.Stub("p", "0123456789ab", "", "2nd try", List.of(), List.of(), List.of())
                .className()).isEqualTo("Migration2ndTry_0123456789ab");
        assertThat(StubWriter.revisionId("a", "b")).matches("[0-9a-f]{12}").isEqualTo(StubWriter.revisionId("a", "b"))
                .isNotEqualTo(StubWriter.revisionId("ab", ""));
    }

    /** Records statements with their parameters, outside a transaction (as autocommit would run them). */
    private static final class Recorder implements StatementSink {
        final List<String> statements = new ArrayList<>();

        @Override
        public void execute(String sql, List<?> parameters) {
            statements.add(sql + " " + parameters);
        }

        @Override
        public boolean inTransaction() {
            return false;
        }

        @Override
        public java.sql.Connection connection() {
            throw new IllegalStateException("recording only");
        }
    }
}
