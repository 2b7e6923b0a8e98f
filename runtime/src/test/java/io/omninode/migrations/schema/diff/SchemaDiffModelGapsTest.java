package io.omninode.migrations.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.schema.change.AddExclusion;
import io.omninode.migrations.schema.change.AddUnique;
import io.omninode.migrations.schema.change.AlterSequence;
import io.omninode.migrations.schema.change.CreateSequence;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.DropSequence;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.SchemaChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12's remaining gaps: deferrable keys, sequence ownership and exclusion constraints in the diff. */
class SchemaDiffModelGapsTest {

    private static final QualifiedName SLOT = QualifiedName.of("slot");
    private static final Table SLOT_TABLE = Table.named("slot").column(Column.of("id", "bigint").notNull())
            .column("position", "integer").column("span", "int4range");

    @Test
    void aKeyMadeDeferrableIsDroppedAndAddedAgain() {
        Unique plain = Unique.of("position").named("uq_slot_position");
        Schema from = Schema.EMPTY.withTables(List.of(SLOT_TABLE.unique(plain)));
        Schema to = Schema.EMPTY.withTables(List.of(SLOT_TABLE.unique(plain.deferrable(true))));

        assertThat(SchemaDiff.between(from, to)).containsExactly(
                new DropConstraint(SLOT, "uq_slot_position", false, false),
                new AddUnique(SLOT, plain.deferrable(true)));
        assertThat(SchemaDiff.between(to, to)).isEmpty();
    }

    @Test
    void aSequenceIsOwnedOnceItsTableExistsAndLetGoBeforeTheTableIsDropped() {
        Sequence owned = Sequence.of("slot_position").ownedBy("slot", "position");
        Schema from = Schema.EMPTY;
        Schema to = Schema.EMPTY.withTables(List.of(SLOT_TABLE)).withSequences(List.of(owned));

        List<SchemaChange> forward = SchemaDiff.between(from, to);
        List<SchemaChange> backward = SchemaDiff.between(to, from);

        assertThat(forward).containsExactly(new CreateSequence(Sequence.of("slot_position"), false),
                new CreateTable(SLOT_TABLE, false), new AlterSequence(owned));
        assertThat(backward).containsExactly(new AlterSequence(Sequence.of("slot_position")),
                new DropTable(SLOT, false, false), new DropSequence(owned.name(), false, false));
        assertThat(forward.stream().reduce(from, Schema::apply, (a, b) -> b)).isEqualTo(to);
        assertThat(to.apply(new DropTable(SLOT, false, false)).sequences()).as("the table takes its sequence along")
                .isEmpty();
    }

    @Test
    void aChangedExclusionIsDroppedAndAddedNeverRenamed() {
        Exclusion overlap = Exclusion.of("slot_no_overlap", IndexMethod.GIST, Exclusion.Element.of("span", "&&"));
        Schema from = Schema.EMPTY.withTables(List.of(SLOT_TABLE.exclusion(overlap)));
        Schema renamed = Schema.EMPTY.withTables(List.of(SLOT_TABLE.exclusion(overlap.named("slot_span_excl"))));

        DiffResult diff = SchemaDiff.compare(from, renamed);

        assertThat(diff.changes()).containsExactly(new DropConstraint(SLOT, "slot_no_overlap", false, false),
                new AddExclusion(SLOT, overlap.named("slot_span_excl")));
        assertThat(diff.summary()).containsExactly("- constraint slot_no_overlap on slot",
                "+ exclusion slot_span_excl on slot");
        assertThat(from.apply(diff.changes().get(0)).apply(diff.changes().get(1))).isEqualTo(renamed);
    }
}
