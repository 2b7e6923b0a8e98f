package io.omninode.migrations.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Extension;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AddForeignKey;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.CreateEnum;
import io.omninode.migrations.schema.change.CreateExtension;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropColumn;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.DropEnum;
import io.omninode.migrations.schema.change.DropExtension;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.RenameColumn;
import io.omninode.migrations.schema.change.RenameTable;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.change.ValidateConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final Table NODE = Table.named("node")
            .column(Column.of("id", "bigint").notNull())
            .column(Column.of("name", "text").notNull())
            .primaryKey("id");

    @Test
    void equalSchemasHaveNoChanges() {
        Schema schema = schema(List.of(NODE), List.of());
        assertThat(SchemaDiff.between(schema, schema(List.of(NODE), List.of()))).isEmpty();
    }

    @Test
    void referencedTablesAreCreatedBeforeForeignKeysAndForeignKeysDroppedBeforeTables() {
        Table edge = Table.named("edge")
                .column(Column.of("id", "bigint").notNull())
                .column(Column.of("target_id", "bigint").notNull())
                .primaryKey("id")
                .foreignKey(ForeignKey.of("target_id").references("vertex", "id").named("edge_target_id_fkey"));
        Table vertex = Table.named("vertex").column(Column.of("id", "bigint").notNull()).primaryKey("id");
        Schema from = schema(List.of(NODE), List.of());
        Schema to = schema(List.of(NODE, edge, vertex), List.of());

        List<SchemaChange> up = SchemaDiff.between(from, to);
        assertThat(up).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("CreateTable", "CreateTable", "AddForeignKey");
        assertThat(((CreateTable) up.get(0)).table().foreignKeys()).isEmpty();
        assertThat(appliedTo(from, up)).isEqualTo(to);

        List<SchemaChange> down = SchemaDiff.reverse(from, to);
        assertThat(down).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("DropConstraint", "DropTable", "DropTable");
        assertThat(((DropConstraint) down.get(0)).name()).isEqualTo("edge_target_id_fkey");
        assertThat(appliedTo(to, down)).isEqualTo(from);
    }

    @Test
    void enumValuesComeBeforeTheColumnsThatUseThem() {
        Schema from = schema(List.of(NODE), List.of(EnumType.of("node_status", "active")));
        Table withStatus = NODE.column(Column.of("status", "node_status").notNull().defaultValue("retired"));
        Schema to = schema(List.of(withStatus), List.of(EnumType.of("node_status", "active", "retired")));

        List<SchemaChange> up = SchemaDiff.between(from, to);
        assertThat(up).hasSize(2);
        assertThat(up.get(0)).isEqualTo(new AddEnumValue(QualifiedName.of("node_status"), "retired", null, "active",
                false));
        assertThat(up.get(1)).isInstanceOf(AddColumn.class);
        assertThat(appliedTo(from, up)).isEqualTo(to);
    }

    @Test
    void newEnumTypesComeFirstAndUnusedOnesGoLast() {
        Schema from = schema(List.of(NODE.column(Column.of("kind", "old_kind"))), List.of(EnumType.of("old_kind", "x")));
        Schema to = schema(List.of(NODE.column(Column.of("state", "state"))), List.of(EnumType.of("state", "on", "off")));

        List<SchemaChange> up = SchemaDiff.between(from, to);
        assertThat(up.get(0)).isEqualTo(new CreateEnum(EnumType.of("state", "on", "off")));
        assertThat(up.get(up.size() - 1)).isEqualTo(new DropEnum(QualifiedName.of("old_kind"), false, false));
        assertThat(appliedTo(from, up)).isEqualTo(to);
    }

    @Test
    void notValidConstraintsAreValidatedRatherThanRecreated() {
        Table node = Table.named("node").column(Column.of("id", "bigint").notNull()).primaryKey("id");
        ForeignKey fk = ForeignKey.of("node_id").references("node", "id").named("fk_event_node");
        Table pending = Table.named("event").column("node_id", "bigint")
                .check(CheckConstraint.of("ck_event", "node_id > 0").valid(false)).foreignKey(fk.valid(false));
        Table checked = Table.named("event").column("node_id", "bigint")
                .check(CheckConstraint.of("ck_event", "node_id > 0")).foreignKey(fk);
        Schema from = Schema.of(List.of(node, pending), List.of(), List.of(), List.of());
        Schema to = Schema.of(List.of(node, checked), List.of(), List.of(), List.of());

        assertThat(SchemaDiff.between(from, to)).containsExactly(
                new ValidateConstraint(QualifiedName.of("event"), "ck_event"),
                new ValidateConstraint(QualifiedName.of("event"), "fk_event_node"));
        assertThat(from.apply(new ValidateConstraint(QualifiedName.of("event"), "ck_event"))
                .apply(new ValidateConstraint(QualifiedName.of("event"), "fk_event_node"))).isEqualTo(to);
    }

    @Test
    void extensionsComeFirstAndUnusedOnesGoLast() {
        Schema trigram = Schema.EMPTY.withExtensions(List.of(Extension.of("pg_trgm")))
                .withTables(List.of(Table.named("word").column("w", "text")));
        Schema citext = Schema.EMPTY.withExtensions(List.of(Extension.of("citext")))
                .withTables(List.of(Table.named("word").column("w", "citext")));

        List<SchemaChange> changes = SchemaDiff.between(trigram, citext);

        assertThat(changes.get(0)).isEqualTo(new CreateExtension("citext", null, false));
        assertThat(changes.get(changes.size() - 1)).isEqualTo(new DropExtension("pg_trgm", false, false));
        assertThat(Schema.EMPTY.apply(new CreateExtension("pg_trgm", null, true)).extensions())
                .containsExactly(Extension.of("pg_trgm"));
    }

    @Test
    void removedEnumLabelsRecreateTheTypeThroughText() {
        Table used = NODE.column(Column.of("status", "node_status").notNull());
        Schema from = schema(List.of(used), List.of(EnumType.of("node_status", "active", "legacy", "retired")));
        Schema to = schema(List.of(used), List.of(EnumType.of("node_status", "active", "retired")));

        List<SchemaChange> up = SchemaDiff.between(from, to);
        assertThat(up).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("AlterColumnType", "DropEnum", "CreateEnum", "AlterColumnType");
        assertThat(((AlterColumnType) up.get(3)).using()).isEqualTo("status::node_status");
        assertThat(up).filteredOn(SchemaChange::destructive).hasSize(3);
        assertThat(appliedTo(from, up)).isEqualTo(to);
    }

    @Test
    void declaredRenamesBecomeRenamesAndTheirReverse() {
        Table renamed = Table.named("vertex")
                .column(Column.of("id", "bigint").notNull())
                .column(Column.of("title", "text").notNull())
                .primaryKey("id");
        Schema from = schema(List.of(NODE), List.of());
        Schema to = schema(List.of(renamed), List.of()).withRenameHints(List.of(
                RenameHint.ofTable(QualifiedName.of("vertex"), "node"),
                RenameHint.ofColumn(QualifiedName.of("vertex"), "title", "name")));

        List<SchemaChange> up = SchemaDiff.between(from, to);
        assertThat(up).containsExactly(new RenameTable(QualifiedName.of("node"), "vertex"),
                new RenameColumn(QualifiedName.of("vertex"), "name", "title"));
        assertThat(SchemaDiff.reverse(from, to)).containsExactly(new RenameTable(QualifiedName.of("vertex"), "node"),
                new RenameColumn(QualifiedName.of("node"), "title", "name"));
    }

    @Test
    void undeclaredRenamesAreDropAndAddWithAdvice() {
        Table renamed = Table.named("node")
                .column(Column.of("id", "bigint").notNull())
                .column(Column.of("title", "text").notNull())
                .primaryKey("id");
        DiffResult diff = SchemaDiff.compare(schema(List.of(NODE), List.of()), schema(List.of(renamed), List.of()));

        assertThat(diff.changes()).containsExactly(new DropColumn(QualifiedName.of("node"), "name", false, false),
                new AddColumn(QualifiedName.of("node"), Column.of("title", "text").notNull(), false));
        assertThat(diff.changes().get(0).destructive()).isTrue();
        assertThat(diff.renameCandidates()).singleElement().satisfies(c -> assertThat(c.advice()).isEqualTo(
                "column \"name\" of table node disappeared while \"title\" appeared; if this is a rename, annotate the"
                        + " new column with @Column(renamedFrom = \"name\"), otherwise accept the drop (its data is lost)"));
        assertThat(diff.summary()).containsExactly("- column node.name  (destructive)", "+ column node.title text");
    }

    @Test
    void columnChangesAreSummarizedWithTheOldValue() {
        Schema from = schema(List.of(NODE.column(Column.of("status", "text"))), List.of(EnumType.of("node_status", "a")));
        Schema to = schema(List.of(NODE.column(Column.of("status", "node_status"))),
                List.of(EnumType.of("node_status", "a")));
        DiffResult diff = SchemaDiff.compare(from, to);
        assertThat(diff.summary()).containsExactly("~ column node.status: text -> node_status  (destructive)");
        assertThat(appliedTo(from, diff.changes())).isEqualTo(to);
    }

    @Test
    void changedIndexesAndForeignKeysAreDroppedAndRecreated() {
        Table parent = Table.named("parent").column(Column.of("id", "bigint").notNull()).primaryKey("id");
        Table child = Table.named("child").column(Column.of("id", "bigint").notNull()).column("parent_id", "bigint")
                .primaryKey("id");
        Table childWithKey = child.foreignKey(ForeignKey.of("parent_id").references("parent", "id").named("fk"));
        Schema from = Schema.of(List.of(parent, childWithKey), List.of(Index.of("ix", "child", "parent_id")), List.of(),
                List.of());
        Schema to = Schema.of(List.of(parent, child.foreignKey(ForeignKey.of("parent_id").references("parent", "id")
                        .named("fk").onDelete(io.omninode.migrations.schema.ReferentialAction.CASCADE))),
                List.of(Index.of("ix", "child", "parent_id").asUnique()), List.of(), List.of());
        List<SchemaChange> up = SchemaDiff.between(from, to);
        assertThat(up).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("DropConstraint", "DropIndex", "CreateIndex", "AddForeignKey");
        assertThat(((AddForeignKey) up.get(3)).foreignKey().onDelete())
                .isEqualTo(io.omninode.migrations.schema.ReferentialAction.CASCADE);
        assertThat(appliedTo(from, up)).isEqualTo(to);
    }

    @Test
    void droppedTablesLoseTheirForeignKeysFirst() {
        Table a = Table.named("a").column(Column.of("id", "bigint").notNull()).column("b_id", "bigint").primaryKey("id")
                .foreignKey(ForeignKey.of("b_id").references("b", "id").named("a_b_fkey"));
        Table b = Table.named("b").column(Column.of("id", "bigint").notNull()).column("a_id", "bigint").primaryKey("id")
                .foreignKey(ForeignKey.of("a_id").references("a", "id").named("b_a_fkey"));
        Schema from = schema(List.of(a, b), List.of());
        List<SchemaChange> up = SchemaDiff.between(from, Schema.EMPTY);
        assertThat(up).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("DropConstraint", "DropConstraint", "DropTable", "DropTable");
        assertThat(up.get(2)).isEqualTo(new DropTable(QualifiedName.of("a"), false, false));
        assertThat(appliedTo(from, up)).isEqualTo(Schema.EMPTY);
    }

    private static Schema schema(List<Table> tables, List<EnumType> enums) {
        return Schema.of(tables, List.of(), enums, List.of());
    }

    private static Schema appliedTo(Schema schema, List<SchemaChange> changes) {
        Schema result = schema;
        for (SchemaChange change : changes) {
            result = result.apply(change);
        }
        return result.withRenameHints(List.of());
    }
}
