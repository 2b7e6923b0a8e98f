package io.omninode.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.BulkInsert;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropColumn;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.DropEnum;
import io.omninode.migrations.schema.change.DropExtension;
import io.omninode.migrations.schema.change.DropIndex;
import io.omninode.migrations.schema.change.DropSchema;
import io.omninode.migrations.schema.change.DropSequence;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.SchemaChange;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaModelTest {

    private static final QualifiedName T = QualifiedName.of("t");

    @Test
    void sqlTypesAsPostgresWritesThemAreAccepted() {
        for (String type : List.of("text", "varchar(320)", "numeric(12,2)", "timestamptz", "jsonb", "uuid", "text[]",
                "integer[][]", "timestamp(3) with time zone", "double precision", "bit varying(8)", "\"My Type\"",
                "audit.level", "interval day to second(3)")) {
            assertThat(SqlType.of(type).sql()).isEqualTo(type);
        }
        assertThat(SqlType.of("  text ").sql()).isEqualTo("text");
    }

    @Test
    void sqlTypesWithObviousMistakesAreRejected() {
        assertThatThrownBy(() -> SqlType.of(" ")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> SqlType.of("numeric(12,2")).hasMessageContaining("unbalanced parentheses");
        assertThatThrownBy(() -> SqlType.of("numeric)12(")).hasMessageContaining("unbalanced parentheses");
        assertThatThrownBy(() -> SqlType.of("text[")).hasMessageContaining("unbalanced brackets");
        assertThatThrownBy(() -> SqlType.of("\"Odd")).hasMessageContaining("unbalanced double quotes");
        assertThatThrownBy(() -> SqlType.of("text; drop table t")).hasMessageContaining("no place in a type name");
        assertThatThrownBy(() -> SqlType.of("text -- x")).hasMessageContaining("no place in a type name");
        assertThatThrownBy(() -> SqlType.of("varchar('x')")).hasMessageContaining("no place in a type name");
    }

    @Test
    void expressionsMayHoldQuotedSemicolonsButNotStatementsOrComments() {
        assertThat(CheckConstraint.of("ck", "note <> ';' and \"Odd)\" > 0").expression()).contains("';'");
        assertThatThrownBy(() -> CheckConstraint.of("ck", "a > 0); drop table t; --"))
                .hasMessageContaining("unbalanced parentheses");
        assertThatThrownBy(() -> CheckConstraint.of("ck", "a > 0; drop table t")).hasMessageContaining("semicolon");
        assertThatThrownBy(() -> ColumnDefault.expression("now() -- x")).hasMessageContaining("comment");
        assertThatThrownBy(() -> ColumnDefault.expression("now() /* x */")).hasMessageContaining("comment");
        assertThatThrownBy(() -> ColumnDefault.expression("'open")).hasMessageContaining("unterminated ' quote");
        assertThatThrownBy(() -> Index.of("ix", "t", "c").where(" ")).hasMessageContaining("must not be blank");
    }

    @Test
    void literalDefaultsAcceptOnlyValuesWithASafeLiteralForm() {
        assertThat(ColumnDefault.value(Identity.Generation.ALWAYS)).isEqualTo(ColumnDefault.value("ALWAYS"));
        assertThatThrownBy(() -> ColumnDefault.value(new Object())).hasMessageContaining("no SQL literal form");
        assertThatThrownBy(() -> ColumnDefault.value(new byte[] {1})).hasMessageContaining("mutable");
        assertThatThrownBy(() -> ColumnDefault.value(null)).hasMessageContaining("dropDefault");
    }

    @Test
    void identityColumnsAreNotNullAndHaveNoDefault() {
        Column id = Column.of("id", "bigint").identity(Identity.always());
        assertThat(id.nullable()).isFalse();
        assertThatThrownBy(() -> id.defaultValue(1)).hasMessageContaining("both a default and an identity");
        assertThatThrownBy(() -> id.nullable(true)).hasMessageContaining("always NOT NULL");
        assertThatThrownBy(() -> Identity.always().options(SequenceOptions.DEFAULTS.dataType("int")))
                .hasMessageContaining("column's type");
    }

    @Test
    void tablesRefuseDuplicateColumnsAndConstraintsOnMissingColumns() {
        assertThatThrownBy(() -> Table.named("t").column("a", "int").column("a", "text"))
                .hasMessage("table t has two columns named \"a\"");
        assertThatThrownBy(() -> Table.named("t").column("a", "int").primaryKey("b"))
                .hasMessage("a constraint of table t names column \"b\", which the table does not have");
        assertThatThrownBy(() -> Table.named("t").column("a", "int").foreignKey(ForeignKey.of("x").references("u")))
                .hasMessageContaining("\"x\"");
    }

    @Test
    void constraintsCheckTheirColumnLists() {
        assertThatThrownBy(PrimaryKey::of).hasMessageContaining("at least one column");
        assertThatThrownBy(() -> Unique.of("a", "a")).hasMessageContaining("names \"a\" twice");
        assertThatThrownBy(() -> ForeignKey.of("a", "b").references("u", "id"))
                .hasMessage("foreign key [a, b] has 2 columns but references 1: [id]");
        assertThatThrownBy(() -> new IndexKey("a", "lower(a)", false)).hasMessageContaining("either a column or an expression");
    }

    @Test
    void enumsRefuseDuplicateAndOverlongLabels() {
        assertThatThrownBy(() -> EnumType.of("e", "a", "a")).hasMessage("enum e lists \"a\" twice");
        assertThatThrownBy(() -> EnumType.of("e", "x".repeat(64))).hasMessageContaining("1 to 63 bytes");
        assertThatThrownBy(() -> new AddEnumValue(T, "a", "b", "c", false)).hasMessageContaining("not both");
    }

    @Test
    void sequenceOptionsRefuseImpossibleValues() {
        assertThatThrownBy(() -> SequenceOptions.DEFAULTS.incrementBy(0)).hasMessageContaining("increment by 0");
        assertThatThrownBy(() -> SequenceOptions.DEFAULTS.minValue(10).maxValue(1)).hasMessageContaining("above maxValue");
        assertThat(SequenceOptions.DEFAULTS.isDefault()).isTrue();
        assertThat(SequenceOptions.DEFAULTS.cache(5).isDefault()).isFalse();
    }

    @Test
    void valuesWithEqualContentAreEqualSoADiffCanCompareThem() {
        Table a = Table.named("t").column(Column.of("c", "text").notNull()).primaryKey("c");
        Table b = Table.named("t").column(Column.of("c", "text").notNull()).primaryKey("c");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new CreateTable(a, false)).isEqualTo(new CreateTable(b, false));
    }

    @Test
    void dropsOfDataAndTypeChangesAreDestructiveOtherChangesAreNot() {
        List<SchemaChange> destructive = List.of(new DropTable(T, false, false), new DropColumn(T, "c", false, false),
                new AlterColumnType(T, "c", SqlType.of("int"), null), new DropEnum(T, false, false),
                new DropSequence(T, false, false), new DropSchema("s", false, false),
                new DropExtension("x", false, false));
        List<SchemaChange> safe = List.of(new AddColumn(T, Column.of("c", "text"), false),
                new DropIndex(T, false, false, false), new DropConstraint(T, "ck", false, false),
                new BulkInsert(T, List.of("c"), List.of()));
        assertThat(destructive).allMatch(SchemaChange::destructive);
        assertThat(safe).noneMatch(SchemaChange::destructive);
    }

    @Test
    void collectionsAreCopiedSoValuesStayImmutable() {
        List<String> columns = new java.util.ArrayList<>(List.of("a"));
        Unique unique = new Unique(null, columns);
        columns.add("b");
        assertThat(unique.columns()).containsExactly("a");
        assertThatThrownBy(() -> unique.columns().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Stream.of(QualifiedName.of("s", "t"), QualifiedName.of("t")).map(Object::toString))
                .containsExactly("s.t", "t");
    }
}
