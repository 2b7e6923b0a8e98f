package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Exclusion;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One example (or more) of every kind of {@link SchemaChange}, with options and schemas, in an order
 * that applies cleanly to an empty schema: the one fixture that the rendering, in-memory apply, text
 * and code-generation tests share, so a new change kind fails {@code ChangeExamplesTest} until it is
 * added here, and then every interpreter's test exercises it.
 */
public final class ChangeExamples {

    public static final QualifiedName NODE = QualifiedName.of("node");
    public static final QualifiedName AUDIT_EVENT = QualifiedName.of("audit", "event");

    private ChangeExamples() {}

    /** Every change kind at least once, applicable in this order to an empty schema. */
    public static List<SchemaChange> everyKind() {
        Table event = Table.named("audit", "event")
                .column(Column.of("id", "bigint").identity(Identity.always()
                        .options(SequenceOptions.DEFAULTS.startWith(100).incrementBy(2).cache(5))))
                .column(Column.of("node_id", "uuid").notNull())
                .column(Column.of("kind", "varchar(40)").notNull().defaultValue("it's \"new\"\\n"))
                .column(Column.of("amount", "numeric(12,2)").defaultValue(new BigDecimal("1.25")))
                .column(Column.of("count", "integer").defaultValue(7L))
                .column(Column.of("live", "boolean").notNull().defaultValue(true).comment("still there"))
                .column(Column.of("at", "timestamptz").defaultExpression("now()"))
                .column(Column.of("amount_cents", "bigint").generatedAs("(amount * 100)::bigint"))
                .column(Column.of("code", "text COLLATE \"C\""))
                .primaryKey(PrimaryKey.of("id").named("event_pkey"))
                .unique(Unique.of("kind", "at").named("event_kind_at_key").deferrable(true))
                .check(CheckConstraint.of("ck_amount", "amount >= 0"))
                .foreignKey(ForeignKey.of("node_id").references(QualifiedName.of("core", "node"), "id")
                        .named("event_node_fkey").onDelete(ReferentialAction.CASCADE)
                        .onUpdate(ReferentialAction.SET_NULL).deferrable(true).matchFull())
                .exclusion(Exclusion.of("event_kind_excl", IndexMethod.BTREE, Exclusion.Element.of("kind", "="),
                        Exclusion.Element.of("lower(code)", "=")).deferrable(true))
                .comment("what happened");
        return List.of(
                new CreateSchema("audit", true),
                new CreateSchema("core", false),
                new CreateTable(Table.named("core", "node").column(Column.of("id", "uuid")).primaryKey("id"), false),
                new CreateExtension("pgcrypto", "audit", true),
                new CreateEnum(new EnumType(QualifiedName.of("audit", "level"), List.of("low", "high"))),
                new CreateSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.dataType("bigint")
                        .startWith(1000).minValue(1).maxValue(1_000_000).cycle(true)), true),
                new AlterSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.incrementBy(5).cache(10))),
                new CreateTable(event, true),
                new CreateTable(Table.named("node").column(Column.of("id", "bigint")), false),
                new RenameTable(NODE, "vertex"),
                new RenameTable(QualifiedName.of("vertex"), "node"),
                new CommentOnTable(NODE, "nodes"),
                new CommentOnTable(AUDIT_EVENT, null),
                new AddColumn(NODE, Column.of("title", "text").notNull().defaultValue("x"), true),
                new DropColumn(AUDIT_EVENT, "count", true, true),
                new RenameColumn(NODE, "title", "name"),
                new AlterColumnType(NODE, "id", SqlType.of("bigint"), null),
                new AlterColumnType(NODE, "name", SqlType.of("varchar(10)"), "left(name, 10)"),
                new AlterColumnNullability(NODE, "name", false),
                new AlterColumnNullability(NODE, "name", true),
                new AlterColumnDefault(NODE, "name", ColumnDefault.value("y")),
                new AlterColumnDefault(NODE, "name", ColumnDefault.expression("md5('')")),
                new AlterColumnDefault(NODE, "name", null),
                new AlterColumnNullability(NODE, "id", false),
                new AddIdentity(NODE, "id", Identity.byDefault()),
                new SetIdentityGeneration(NODE, "id", Identity.Generation.ALWAYS),
                new DropIdentity(NODE, "id", true),
                new CommentOnColumn(NODE, "name", "the name"),
                new AlterSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.incrementBy(5).cache(10))
                        .ownedBy("node", "id")),
                new CreateIndex(Index.of("ix_event_kind", "event", IndexKey.expression("lower(kind)"),
                        IndexKey.column("at").desc().nullsFirst(false),
                        IndexKey.column("kind").opclass("text_pattern_ops")).onTable(AUDIT_EVENT).asUnique().include("live")
                        .where("live"), false, true),
                new CreateIndex(Index.of("ix_node_name", "node", "name").using(IndexMethod.HASH), true, false),
                new RenameIndex(QualifiedName.of("audit", "ix_event_kind"), "ix_event_lower_kind"),
                new DropIndex(QualifiedName.of("audit", "ix_event_lower_kind"), false, true, true),
                new AddPrimaryKey(NODE, PrimaryKey.of("id").deferrable(false)),
                new AddForeignKey(AUDIT_EVENT, ForeignKey.of("node_id").references(QualifiedName.of("core", "node"), "id"), true),
                new AddUnique(NODE, Unique.of("name")),
                new AddCheck(NODE, CheckConstraint.of("ck_name", "name <> ''"), true),
                new AddExclusion(NODE, Exclusion.of("ex_node_name", IndexMethod.BTREE, Exclusion.Element.of("name", "="))
                        .where("name <> ''").deferrable(false)),
                new ValidateConstraint(NODE, "ck_name"),
                new RenameConstraint(NODE, "ck_name", "ck_node_name"),
                new DropConstraint(NODE, "ck_node_name", true, true),
                new AddEnumValue(QualifiedName.of("audit", "level"), "mid", "high", null, false),
                new AddEnumValue(QualifiedName.of("audit", "level"), "top", null, "high", false),
                new AddEnumValue(QualifiedName.of("audit", "level"), "max", null, null, true),
                new RenameEnumValue(QualifiedName.of("audit", "level"), "max", "maximum"),
                new ExecuteSql("update node set name = ? where id = ?", Arrays.asList("z", 1L)),
                new ExecuteSql("update node set name = left(?, 10) where id = ? and name <> ?::date::text",
                        Arrays.asList(UUID.fromString("00000000-0000-0000-0000-00000000000a").toString(), null,
                                LocalDate.parse("2026-01-02"))),
                new BulkInsert(NODE, List.of("id", "name"), List.of(Arrays.asList(1L, "a"), Arrays.asList(2L, null))),
                new DropEnum(QualifiedName.of("audit", "level"), true, true),
                new DropSequence(QualifiedName.of("invoice_number"), true, true),
                new DropTable(AUDIT_EVENT, true, true),
                new DropExtension("pgcrypto", true, false),
                new DropSchema("audit", true, true));
    }
}
