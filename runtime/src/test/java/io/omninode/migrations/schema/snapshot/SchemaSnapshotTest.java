package io.omninode.migrations.schema.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
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
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaSnapshotTest {

    private static final Schema SCHEMA = new Schema(
            List.of(Table.named("event")
                            .column(Column.of("id", "bigint").identity(Identity.always()))
                            .column(Column.of("node_id", "bigint").notNull())
                            .column(Column.of("amount", "numeric(12,2)").defaultValue(new BigDecimal("1.50")))
                            .column(Column.of("at", "timestamptz").notNull().defaultExpression("now()"))
                            .column(Column.of("live", "boolean").notNull().defaultValue(true).comment("still there"))
                            .primaryKey("id")
                            .check(CheckConstraint.of("ck_amount", "amount >= 0"))
                            .foreignKey(ForeignKey.of("node_id").references(QualifiedName.of("core", "node"), "id")
                                    .named("event_node_id_fkey").onDelete(ReferentialAction.CASCADE))
                            .comment("what happened"),
                    Table.named("core", "node")
                            .column(Column.of("id", "bigint").notNull())
                            .column(Column.of("title", "varchar(40)").defaultValue("it's"))
                            .primaryKey("id")
                            .unique(Unique.of("title").named("node_title_key"))),
            List.of(Index.of("ix_event_at", "event", IndexKey.column("at").desc()).where("live"),
                    Index.of("ix_node_title", "node", "title").onTable(QualifiedName.of("core", "node"))
                            .using(IndexMethod.HASH)),
            List.of(EnumType.of("mood", "happy", "sad")),
            List.of(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.startWith(1000))),
            List.of(RenameHint.ofColumn(QualifiedName.of("core", "node"), "title", "name")));

    @Test
    void roundTripGivesTheSameSchema() {
        assertThat(SchemaSnapshot.fromJson(SchemaSnapshot.toJson(SCHEMA))).isEqualTo(SCHEMA);
    }

    @Test
    void writesStableReadableJson() {
        String json = SchemaSnapshot.toJson(SCHEMA);
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"enums\": [\n    {\n      \"name\": \"mood\",\n");
        assertThat(json).contains("\"default\": {\n            \"value\": 1.5\n          }");
        assertThat(json).contains("\"renamedFrom\": \"name\"");
        assertThat(json).doesNotContain("io.omninode").endsWith("}\n");
        assertThat(SchemaSnapshot.toJson(SchemaSnapshot.fromJson(json))).isEqualTo(json);
    }

    @Test
    void extensionsAndIndexKeyOptionsRoundTripAndOlderFilesStillRead() {
        Schema schema = new Schema(List.of(Table.named("word").column("w", "text")),
                List.of(Index.of("ix_word", "word", IndexKey.column("w").opclass("gin_trgm_ops").desc().nullsFirst(false))),
                List.of(), List.of(), List.of(Extension.of("pg_trgm"), new Extension("citext", "ext")), List.of());
        String json = SchemaSnapshot.toJson(schema);

        assertThat(json).contains("\"extensions\"", "\"opclass\": \"gin_trgm_ops\"", "\"nullsFirst\": false");
        assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(schema);
        assertThat(SchemaSnapshot.fromJson("{\"formatVersion\": 1, \"tables\": [{\"name\": \"t\"}]}").extensions())
                .isEmpty();
    }

    @Test
    void deferrableKeysRoundTripAndKeysWithoutTheMemberReadAsNotDeferrable() {
        Schema schema = new Schema(List.of(Table.named("slot").column(Column.of("id", "bigint").notNull())
                .column(Column.of("position", "integer"))
                .primaryKey(PrimaryKey.of("id").deferrable(false))
                .unique(Unique.of("position").named("uq_slot_position").deferrable(true))),
                List.of(), List.of(), List.of(), List.of());
        String json = SchemaSnapshot.toJson(schema);

        assertThat(json).contains("\"deferrable\": \"initially immediate\"", "\"deferrable\": \"initially deferred\"");
        assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(schema);
        Table old = SchemaSnapshot.fromJson("{\"formatVersion\": 1, \"tables\": [{\"name\": \"t\", \"columns\": ["
                + "{\"name\": \"id\", \"type\": \"bigint\"}], \"primaryKey\": {\"columns\": [\"id\"]},"
                + " \"uniques\": [{\"columns\": [\"id\"]}]}]}").tables().get(0);
        assertThat(old.primaryKey().deferrability()).isEqualTo(Deferrability.NOT_DEFERRABLE);
        assertThat(old.uniques().get(0).deferrability()).isEqualTo(Deferrability.NOT_DEFERRABLE);
    }

    @Test
    void sequenceOwnerRoundTripsAndSequencesWithoutOneReadAsFree() {
        Schema schema = new Schema(List.of(Table.named("invoice").column("number", "bigint")), List.of(), List.of(),
                List.of(Sequence.of("invoice_number").ownedBy("invoice", "number")), List.of());
        String json = SchemaSnapshot.toJson(schema);

        assertThat(json).contains("\"ownedBy\": {\n        \"table\": \"invoice\",\n        \"column\": \"number\"\n      }");
        assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(schema);
        assertThat(SchemaSnapshot.fromJson("{\"formatVersion\": 1, \"sequences\": [{\"name\": \"s\"}]}").sequences()
                .get(0).ownedBy()).isNull();
    }

    @Test
    void exclusionsRoundTripAndTablesWithoutThemStillRead() {
        Table booking = Table.named("booking").column("room", "integer").column("during", "tstzrange")
                .column("cancelled", "boolean")
                .exclusion(Exclusion.of("booking_no_overlap", IndexMethod.GIST, Exclusion.Element.of("room", "="),
                        Exclusion.Element.of("during", "&&")).where("NOT cancelled").deferrable(true));
        Schema schema = new Schema(List.of(booking), List.of(), List.of(), List.of(), List.of());
        String json = SchemaSnapshot.toJson(schema);

        assertThat(json).contains("\"exclusions\"", "\"method\": \"gist\"", "\"operator\": \"&&\"",
                "\"where\": \"NOT cancelled\"");
        assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(schema);
        assertThat(SchemaSnapshot.fromJson("{\"formatVersion\": 1, \"tables\": [{\"name\": \"t\"}]}").tables()
                .get(0).exclusions()).isEmpty();
    }

    @Test
    void refusesAnotherFormatVersion() {
        assertThatThrownBy(() -> SchemaSnapshot.fromJson("{\"formatVersion\": 2}"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageContaining("formatVersion 2 is not supported");
        assertThatThrownBy(() -> SchemaSnapshot.fromJson("not json")).isInstanceOf(SnapshotFormatException.class);
    }
}
