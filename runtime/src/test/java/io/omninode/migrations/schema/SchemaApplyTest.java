package io.omninode.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AddIdentity;
import io.omninode.migrations.schema.change.CreateEnum;
import io.omninode.migrations.schema.change.CreateIndex;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropColumn;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.RenameColumn;
import io.omninode.migrations.schema.change.RenameTable;
import org.junit.jupiter.api.Test;

class SchemaApplyTest {

    private final Schema base = Schema.EMPTY
            .apply(new CreateTable(Table.named("node").column(Column.of("id", "bigint")).column("name", "text")
                    .primaryKey("id"), false))
            .apply(new CreateTable(Table.named("event").column(Column.of("id", "bigint").notNull())
                    .column("node_id", "bigint")
                    .foreignKey(ForeignKey.of("node_id").references("node", "id").named("event_node_id_fkey")), false))
            .apply(new CreateIndex(Index.of("node_name_idx", "node", "name"), false, false));

    @Test
    void refusesWhatPostgresRefusesAtCreation() {
        assertThatThrownBy(() -> base.apply(new CreateTable(Table.named("hook").column(Column.of("node_id", "bigint"))
                .foreignKey(ForeignKey.of("node_id").references("vertex", "id")), false)))
                .hasMessageContaining("vertex");
        assertThatThrownBy(() -> base.apply(new AddIdentity(QualifiedName.of("event"), "node_id", Identity.always())))
                .hasMessage("column node_id of event must be NOT NULL before an identity can be added");
    }

    @Test
    void primaryKeyColumnsBecomeNotNull() {
        assertThat(base.table(QualifiedName.of("node")).orElseThrow().columns().get(0).nullable()).isFalse();
    }

    @Test
    void renamingATableMovesItsIndexesAndTheForeignKeysThatReferenceIt() {
        Schema renamed = base.apply(new RenameTable(QualifiedName.of("node"), "vertex"));
        assertThat(renamed.indexesOf(QualifiedName.of("vertex"))).extracting(Index::name).containsExactly("node_name_idx");
        assertThat(renamed.table(QualifiedName.of("event")).orElseThrow().foreignKeys().get(0).referencedTable())
                .isEqualTo(QualifiedName.of("vertex"));
    }

    @Test
    void renamingAColumnFollowsIntoKeysIndexesAndReferences() {
        Schema renamed = base.apply(new RenameColumn(QualifiedName.of("node"), "id", "node_id"))
                .apply(new RenameColumn(QualifiedName.of("node"), "name", "title"));
        assertThat(renamed.table(QualifiedName.of("node")).orElseThrow().primaryKey().columns()).containsExactly("node_id");
        assertThat(renamed.indexes().get(0).keys().get(0).column()).isEqualTo("title");
        assertThat(renamed.table(QualifiedName.of("event")).orElseThrow().foreignKeys().get(0).referencedColumns())
                .containsExactly("node_id");
    }

    @Test
    void droppingWhatOthersDependOnNeedsCascade() {
        assertThatThrownBy(() -> base.apply(new DropTable(QualifiedName.of("node"), false, false)))
                .hasMessageContaining("a foreign key of event references it");
        Schema dropped = base.apply(new DropTable(QualifiedName.of("node"), false, true));
        assertThat(dropped.table(QualifiedName.of("event")).orElseThrow().foreignKeys()).isEmpty();
        assertThat(dropped.indexes()).isEmpty();
    }

    @Test
    void droppingAColumnDropsItsIndexes() {
        Schema dropped = base.apply(new DropColumn(QualifiedName.of("node"), "name", false, false));
        assertThat(dropped.indexes()).isEmpty();
    }

    @Test
    void enumValuesGoWhereTheyAreAsked() {
        Schema schema = Schema.EMPTY.apply(new CreateEnum(EnumType.of("status", "a", "c")))
                .apply(new AddEnumValue(QualifiedName.of("status"), "b", null, "a", false))
                .apply(new AddEnumValue(QualifiedName.of("status"), "z", "a", null, false))
                .apply(new AddEnumValue(QualifiedName.of("status"), "d", null, null, false));
        assertThat(schema.enums().get(0).values()).containsExactly("z", "a", "b", "c", "d");
    }

    @Test
    void missingObjectsAreRefusedLikePostgresRefusesThem() {
        assertThatThrownBy(() -> base.apply(new DropTable(QualifiedName.of("nope"), false, false)))
                .isInstanceOf(IllegalStateException.class).hasMessage("table nope does not exist");
        assertThat(base.apply(new DropTable(QualifiedName.of("nope"), true, false))).isEqualTo(base);
    }
}
