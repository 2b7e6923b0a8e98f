package io.omninode.migrations.processor.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** What counts as an edit of an applied migration: its code, not its comments or its formatting. */
class SourceChecksumTest {

    private static final String MIGRATION = """
            package com.example.db;

            import io.omninode.migrations.MigrationScript;
            import io.omninode.migrations.Operations;
            import io.omninode.migrations.annotations.Migration;

            @Migration(revision = "ae1027a6acf", downRevision = "1975ea83b712", message = "add account table")
            public final class V2AddAccount implements MigrationScript {
                @Override
                public void upgrade(Operations op) {
                    op.execute("create table account (id bigint primary key)");
                }

                @Override
                public void downgrade(Operations op) {
                    op.execute("drop table account");
                }
            }
            """;

    private static final String CODE = SourceChecksum.ofCode(MIGRATION);

    @Test
    void codeChecksumIsMarkedAndFitsTheAuditColumn() {
        assertThat(CODE).startsWith("v2:").hasSize(46);
    }

    @Test
    void lineCommentDoesNotCount() {
        assertSameCode(MIGRATION.replace("op.execute(\"drop table account\");",
                "op.execute(\"drop table account\"); // the table has no dependants"));
    }

    @Test
    void blockCommentDoesNotCount() {
        assertSameCode(MIGRATION.replace("public void upgrade(Operations op) {",
                "public void upgrade(Operations op) { /* reviewed\n with the DBA */"));
    }

    @Test
    void javadocDoesNotCount() {
        assertSameCode(MIGRATION.replace("@Migration(", "/**\n * Accounts of bridge users.\n */\n@Migration("));
    }

    @Test
    void reformattingDoesNotCount() {
        assertSameCode(MIGRATION
                .replace("    ", "\t")
                .replace("public void upgrade(Operations op) {", "public void upgrade( Operations op )\n{")
                .replace("revision = \"ae1027a6acf\", downRevision", "revision=\"ae1027a6acf\",\n        downRevision")
                .replace("\n", "\r\n"));
    }

    @Test
    void editedStatementTextCounts() {
        assertDifferentCode(MIGRATION.replace("create table account (id bigint primary key)",
                "create table account (id uuid primary key)"));
    }

    @Test
    void whitespaceInsideAStringLiteralCounts() {
        assertDifferentCode(MIGRATION.replace("drop table account", "drop table  account"));
    }

    @Test
    void commentMarkersInsideAStringLiteralAreStatementText() {
        String withMarker = MIGRATION.replace("drop table account", "drop table account -- // old");
        assertThat(SourceChecksum.ofCode(withMarker))
                .isNotEqualTo(CODE)
                .isNotEqualTo(SourceChecksum.ofCode(MIGRATION.replace("drop table account", "drop table account -- // new")));
    }

    @Test
    void changedCallCounts() {
        assertDifferentCode(MIGRATION.replace("op.execute(\"drop table account\")", "op.dropTable(\"account\")"));
    }

    @Test
    void textBlockIndentationIsPartOfTheStatement() {
        String block = MIGRATION.replace("\"create table account (id bigint primary key)\"",
                "\"\"\"\n            create table account (\n                id bigint primary key)\"\"\"");
        assertThat(SourceChecksum.ofCode(block)).isNotEqualTo(CODE)
                .isNotEqualTo(SourceChecksum.ofCode(block.replace("                id", "  id")));
    }

    @Test
    void wholeFileChecksumIsTheOneEarlierVersionsRecorded() throws Exception {
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(MIGRATION.getBytes(StandardCharsets.UTF_8)));
        assertThat(SourceChecksum.ofWholeFile(MIGRATION)).isEqualTo(expected);
        assertThat(SourceChecksum.ofWholeFile(MIGRATION.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(SourceChecksum.ofWholeFile(MIGRATION + "// note\n")).isNotEqualTo(expected);
    }

    private static void assertSameCode(String edited) {
        assertThat(edited).isNotEqualTo(MIGRATION);
        assertThat(SourceChecksum.ofCode(edited)).isEqualTo(CODE);
    }

    private static void assertDifferentCode(String edited) {
        assertThat(SourceChecksum.ofCode(edited)).isNotEqualTo(CODE);
    }
}
