package io.omninode.migrations.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.change.AddCheck;
import io.omninode.migrations.schema.change.AlterSequence;
import io.omninode.migrations.schema.change.CreateSchema;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.SchemaChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12's autogenerate gaps: schemas of @Table(schema) created, ALTER SEQUENCE, unnamed checks by expression. */
class SchemaDiffQualityTest {

    private static final Table NODE = Table.named("node").column(Column.of("id", "bigint").notNull())
            .column(Column.of("amount", "numeric")).primaryKey("id");

    @Test
    void aTableInANewSchemaCreatesTheSchemaFirst() {
        Table audit = Table.named("audit", "event").column(Column.of("id", "bigint"));
        Schema to = Schema.EMPTY.withTables(List.of(NODE, audit));

        List<SchemaChange> changes = SchemaDiff.between(Schema.EMPTY.withTables(List.of(NODE)), to);

        assertThat(changes).containsExactly(new CreateSchema("audit", true), new CreateTable(audit, false));
        assertThat(SchemaDiff.between(to, to)).isEmpty();
    }

    @Test
    void changedSequenceOptionsAlterTheSequenceBothWays() {
        Sequence before = Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.startWith(1000));
        Sequence after = Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.startWith(1000).incrementBy(5));
        Schema from = Schema.EMPTY.withSequences(List.of(before));
        Schema to = Schema.EMPTY.withSequences(List.of(after));

        DiffResult diff = SchemaDiff.compare(from, to);

        assertThat(diff.changes()).containsExactly(new AlterSequence(after));
        assertThat(diff.summary()).containsExactly("~ sequence invoice_number options");
        assertThat(SchemaDiff.reverse(from, to)).containsExactly(new AlterSequence(before));
        assertThat(from.apply(new AlterSequence(after))).isEqualTo(to);
    }

    @Test
    void anUnnamedCheckIsTheNamedOneWithItsExpressionAndCanBeDropped() {
        Schema unnamed = Schema.EMPTY.withTables(List.of(NODE.check(CheckConstraint.of(null, "amount >= 0"))));
        Schema named = Schema.EMPTY.withTables(List.of(NODE.check(CheckConstraint.of("node_amount_check", "amount >= 0"))));
        Schema none = Schema.EMPTY.withTables(List.of(NODE));

        assertThat(SchemaDiff.between(named, unnamed)).isEmpty();
        assertThat(SchemaDiff.between(unnamed, named)).isEmpty();
        assertThat(SchemaDiff.between(unnamed, none))
                .containsExactly(new DropConstraint(QualifiedName.of("node"), "node_amount_check", false, false));
        assertThat(SchemaDiff.between(none, unnamed))
                .containsExactly(new AddCheck(QualifiedName.of("node"), CheckConstraint.of(null, "amount >= 0"), false));
    }

    @Test
    void anUnnamedCheckOnNoColumnIsNamedAfterTheTable() {
        Schema unnamed = Schema.EMPTY.withTables(List.of(NODE.check(CheckConstraint.of(null, "now() > '2020-01-01'"))));

        assertThat(SchemaDiff.between(unnamed, Schema.EMPTY.withTables(List.of(NODE))))
                .containsExactly(new DropConstraint(QualifiedName.of("node"), "node_check", false, false));
    }
}
