package io.omninode.migrations.processor.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaTokensTest {

    @Test
    void commentsAndWhitespaceAreLeftOut() {
        assertThat(JavaTokens.of("""
                /** Javadoc */
                op . execute ( /* inline */ "select 1" ) ; // trailing
                """)).containsExactly("op", ".", "execute", "(", "\"select 1\"", ")", ";");
    }

    @Test
    void literalsKeepTheirTextIncludingWhitespaceAndCommentMarkers() {
        assertThat(JavaTokens.of("f(\"a  // not a comment\", 'x', '\\'', \"q\\\"/*\", \"\")"))
                .containsExactly("f", "(", "\"a  // not a comment\"", ",", "'x'", ",", "'\\''", ",",
                        "\"q\\\"/*\"", ",", "\"\"", ")");
    }

    @Test
    void textBlockIsOneTokenWithItsLinesAndIndentation() {
        String block = "\"\"\"\n    select 1 -- /* kept */\n      from t \\\"\"\" \n    \"\"\"";
        assertThat(JavaTokens.of("op.execute(" + block + ");"))
                .containsExactly("op", ".", "execute", "(", block, ")", ";");
    }

    @Test
    void textBlockLineEndingsAreNormalized() {
        assertThat(JavaTokens.of("s = \"\"\"\r\n  a\r\n  \"\"\";"))
                .containsExactly("s", "=", "\"\"\"\n  a\n  \"\"\"", ";");
    }

    @Test
    void operatorsAreMatchedGreedilyAsJavacDoes() {
        assertThat(JavaTokens.of("i++ + j")).containsExactly("i", "++", "+", "j");
        assertThat(JavaTokens.of("i + ++j")).containsExactly("i", "+", "++", "j");
        assertThat(JavaTokens.of("a>>>=b->c::d...")).containsExactly("a", ">>>=", "b", "->", "c", "::", "d", "...");
    }

    @Test
    void numbersStayWholeWithTheirExponentSign() {
        assertThat(JavaTokens.of("x = 1_000L + 1.5e-3 + .5f + 0x1p+3 + 0xE+1"))
                .containsExactly("x", "=", "1_000L", "+", "1.5e-3", "+", ".5f", "+", "0x1p+3", "+", "0xE", "+", "1");
    }

    @Test
    void identifiersAndKeywordsAreWords() {
        assertThat(JavaTokens.of("public final class V1$Node_2 implements MigrationScript{}"))
                .containsExactly("public", "final", "class", "V1$Node_2", "implements", "MigrationScript", "{", "}");
    }

    @Test
    void unterminatedCommentOrLiteralRunsToItsEnd() {
        assertThat(JavaTokens.of("a /* never closed")).containsExactly("a");
        assertThat(JavaTokens.of("s = \"open\nnext")).containsExactly("s", "=", "\"open", "next");
    }
}
