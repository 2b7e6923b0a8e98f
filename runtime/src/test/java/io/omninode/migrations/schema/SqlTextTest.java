package io.omninode.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void plainLowerCaseNamesStayBare() {
        assertThat(SqlText.identifier("node_status")).isEqualTo("node_status");
    }

    @Test
    void upperCaseSpacesQuotesAndKeywordsAreQuoted() {
        assertThat(SqlText.identifier("Node")).isEqualTo("\"Node\"");
        assertThat(SqlText.identifier("my table")).isEqualTo("\"my table\"");
        assertThat(SqlText.identifier("user")).isEqualTo("\"user\"");
        assertThat(SqlText.identifier("order")).isEqualTo("\"order\"");
        assertThat(SqlText.identifier("1st")).isEqualTo("\"1st\"");
        assertThat(SqlText.identifier("x\"; drop table t; --")).isEqualTo("\"x\"\"; drop table t; --\"");
    }

    @Test
    void qualifiedQuotesEachPart() {
        assertThat(SqlText.qualified("Audit", "user")).isEqualTo("\"Audit\".\"user\"");
        assertThat(SqlText.qualified(null, "node")).isEqualTo("node");
    }

    @Test
    void identifiersOver63BytesAreRejectedNotTruncated() {
        String name = "é".repeat(32); // 64 bytes in UTF-8
        assertThatThrownBy(() -> SqlText.identifier(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 bytes")
                .hasMessageContaining("silently truncate");
        assertThat(SqlText.identifier("a".repeat(63))).hasSize(63);
    }

    @Test
    void identifierBytesCountUtf8AsPostgresDoes() {
        for (String name : List.of("node", "é", "\u20ac", "\uD83D\uDE00", "naïve_€_\uD83D\uDE00_x")) {
            assertThat(SqlText.identifierBytes(name)).as(name)
                    .isEqualTo(name.getBytes(StandardCharsets.UTF_8).length);
        }
        assertThatThrownBy(() -> SqlText.identifier("\uD83D\uDE00".repeat(16))).hasMessageContaining("64 bytes");
    }

    @Test
    void stringLiteralsDoubleQuotesAndEscapeBackslashes() {
        assertThat(SqlText.string("it's")).isEqualTo("'it''s'");
        assertThat(SqlText.string("'); drop table x; --")).isEqualTo("'''); drop table x; --'");
        assertThat(SqlText.string("a\\b'")).isEqualTo("E'a\\\\b'''");
    }

    @Test
    void literalRendersCommonJavaValues() {
        assertThat(SqlText.literal(null)).isEqualTo("NULL");
        assertThat(SqlText.literal(42L)).isEqualTo("42");
        assertThat(SqlText.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SqlText.literal(true)).isEqualTo("true");
        assertThat(SqlText.literal(Double.NaN)).isEqualTo("'NaN'");
        assertThat(SqlText.literal(new byte[] {1, (byte) 0xab})).isEqualTo("'\\x01ab'::bytea");
        UUID id = UUID.fromString("6f1c2b1e-0000-4000-8000-000000000001");
        assertThat(SqlText.literal(id)).isEqualTo("'6f1c2b1e-0000-4000-8000-000000000001'");
        assertThatThrownBy(() -> SqlText.literal(new Object())).hasMessageContaining("no SQL literal form");
    }
}
