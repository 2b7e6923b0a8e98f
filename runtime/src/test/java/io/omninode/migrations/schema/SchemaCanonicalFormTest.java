package io.omninode.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaCanonicalFormTest {

    @Test
    void typeAliasesHaveOneSpelling() {
        assertThat(canonical("int4")).isEqualTo("integer");
        assertThat(canonical("INT")).isEqualTo("integer");
        assertThat(canonical("int8")).isEqualTo("bigint");
        assertThat(canonical("bool")).isEqualTo("boolean");
        assertThat(canonical("character varying(320)")).isEqualTo("varchar(320)");
        assertThat(canonical("CHARACTER  VARYING ( 20 )")).isEqualTo("varchar(20)");
        assertThat(canonical("timestamp with time zone")).isEqualTo("timestamptz");
        assertThat(canonical("timestamp(3) with time zone")).isEqualTo("timestamptz(3)");
        assertThat(canonical("timestamp without time zone")).isEqualTo("timestamp");
        assertThat(canonical("double precision")).isEqualTo("double precision");
        assertThat(canonical("float8")).isEqualTo("double precision");
        assertThat(canonical("decimal(12, 2)")).isEqualTo("numeric(12,2)");
        assertThat(canonical("_int4")).isEqualTo("integer[]");
        assertThat(canonical("int4[]")).isEqualTo("integer[]");
        assertThat(canonical("\"Status\"")).isEqualTo("\"Status\"");
        assertThat(canonical("audit.level")).isEqualTo("audit.level");
    }

    @Test
    void schemasWithTheSameObjectsInAnotherOrderAndSpellingAreEqual() {
        Table a = Table.named("a").column(Column.of("id", "int4").notNull()).primaryKey("id");
        Table b = Table.named("b").column(Column.of("id", "integer").notNull()).primaryKey("id")
                .unique(Unique.of("id").named("b_z")).unique(Unique.of("id").named("b_a"));
        Table b2 = Table.named("b").column(Column.of("id", "INTEGER").notNull()).primaryKey("id")
                .unique(Unique.of("id").named("b_a")).unique(Unique.of("id").named("b_z"));
        Schema first = Schema.of(List.of(a, b), List.of(), List.of(), List.of());
        Schema second = Schema.of(List.of(b2, Table.named("a").column(Column.of("id", "integer").notNull())
                .primaryKey("id")), List.of(), List.of(), List.of());
        assertThat(first).isEqualTo(second);
        assertThat(first.tables()).extracting(t -> t.name().name()).containsExactly("a", "b");
    }

    @Test
    void literalDefaultsAndExpressionFormsAreCanonical() {
        assertThat(Schema.canonical(ColumnDefault.value(0))).isEqualTo(ColumnDefault.value(0L));
        assertThat(Schema.canonical(ColumnDefault.value(new BigDecimal("1.50"))))
                .isEqualTo(ColumnDefault.value(new BigDecimal("1.5")));
        assertThat(Schema.canonical(ColumnDefault.value(new BigDecimal("100.00")))).isEqualTo(ColumnDefault.value(100L));
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(Schema.canonical(ColumnDefault.value(id))).isEqualTo(ColumnDefault.value(id.toString()));
        assertThat(Schema.canonical(ColumnDefault.expression("CURRENT_TIMESTAMP")))
                .isEqualTo(ColumnDefault.expression("now()"));
        assertThat(Schema.canonical(ColumnDefault.expression("  coalesce( a,\n b )")))
                .isEqualTo(ColumnDefault.expression("coalesce( a, b )"));
    }

    @Test
    void whitespaceInExpressionsIsCollapsedWhereverItIs() {
        for (String sql : List.of("lower(name)", "lower( name )", " lower(name)", "lower(name)\n", "lower(\tname)",
                "lower(  name)", "lower( \r\nname)", "\u2003lower(name)")) {
            String collapsed = sql.strip().replaceAll("\\s+", " ");
            Schema schema = Schema.of(List.of(Table.named("t").column(Column.of("c", "text").generatedAs(sql))),
                    List.of(), List.of(), List.of());
            assertThat(schema.tables().get(0).columns().get(0).generated()).as("generated %s", sql).isEqualTo(collapsed);
            assertThat(Schema.canonical(ColumnDefault.expression(sql))).as("default %s", sql)
                    .isEqualTo(ColumnDefault.expression(collapsed));
        }
    }

    @Test
    void literalsAsPostgresPrintsThemAreLiteralDefaults() {
        assertThat(Schema.canonical(ColumnDefault.expression("'x'::text"))).isEqualTo(ColumnDefault.value("x"));
        assertThat(Schema.canonical(ColumnDefault.expression("'it''s'::character varying")))
                .isEqualTo(ColumnDefault.value("it's"));
        assertThat(Schema.canonical(ColumnDefault.expression("'-1'::integer"))).isEqualTo(ColumnDefault.value(-1L));
        assertThat(Schema.canonical(ColumnDefault.expression("'1.50'::numeric(8,2)")))
                .isEqualTo(ColumnDefault.value(new BigDecimal("1.5")));
        assertThat(Schema.canonical(ColumnDefault.expression("42"))).isEqualTo(ColumnDefault.value(42L));
        assertThat(Schema.canonical(ColumnDefault.expression("false"))).isEqualTo(ColumnDefault.value(false));
        assertThat(Schema.canonical(ColumnDefault.expression("'active'::node_status")))
                .isEqualTo(ColumnDefault.value("active"));
        assertThat(Schema.canonical(ColumnDefault.expression("NULL::text"))).isNull();
        assertThat(Schema.canonical(ColumnDefault.expression("'a'::text || 'b'::text")))
                .isEqualTo(ColumnDefault.expression("'a'::text || 'b'::text"));
        assertThat(Schema.canonical(ColumnDefault.expression("nextval('s'::regclass)")))
                .isEqualTo(ColumnDefault.expression("nextval('s'::regclass)"));
    }

    @Test
    void duplicateTablesAreRefused() {
        assertThatThrownBy(() -> Schema.of(List.of(Table.named("a"), Table.named("a")), List.of(), List.of(), List.of()))
                .hasMessageContaining("two tables named a");
    }

    private static String canonical(String type) {
        return SqlTypes.canonical(SqlType.of(type)).sql();
    }
}
