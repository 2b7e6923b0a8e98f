package io.omninode.migrations.processor.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java source into the tokens javac reads, leaving out comments and whitespace: what a
 * migration runs, whatever its formatting. String and character literals and text blocks are kept
 * exactly as written (their inner whitespace is data); unicode escapes are left as written.
 *
 * <p>A small scanner of our own, since javac's is not exported. It never fails: source javac would
 * refuse still splits deterministically (an unterminated comment or literal runs to the end of its
 * line or of the file), so the checksum stays defined while other errors are reported.
 */
final class JavaTokens {

    // Longest first: operators are matched greedily, as javac does, so `i++ + j` and `i + ++j` differ.
    private static final List<String> OPERATORS = List.of(
            ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
            "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<", ">>");
    /** The first characters of {@link #OPERATORS}: any other character is a token of its own, found without a search. */
    private static final String OPERATOR_STARTS = "><.-:+&|=!*/^%";

    private final String source;
    private int position;

    private JavaTokens(String source) {
        this.source = source;
    }

    /** The tokens of {@code source} in order; line endings inside text blocks are normalized to {@code \n}. */
    static List<String> of(String source) {
        return new JavaTokens(source.replace("\r\n", "\n").replace('\r', '\n')).scan();
    }

    private List<String> scan() {
        List<String> tokens = new ArrayList<>();
        while (position < source.length()) {
            int start = position;
            char c = source.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
                continue;
            }
            if (startsWith("//")) {
                position = endOfLine(position);
                continue;
            }
            if (startsWith("/*")) {
                int end = source.indexOf("*/", position + 2);
                position = end < 0 ? source.length() : end + 2;
                continue;
            }
            if (startsWith("\"\"\"")) {
                position = closing("\"\"\"", position + 3, source.length());
            } else if (c == '"' || c == '\'') {
                position = closing(String.valueOf(c), position + 1, endOfLine(position));
            } else if (Character.isJavaIdentifierStart(c)) {
                position = identifierEnd(position + 1);
            } else if (Character.isDigit(c) || c == '.' && isDigitAt(position + 1)) {
                position = numberEnd(position);
            } else {
                position += operatorLength();
            }
            tokens.add(source.substring(start, position));
        }
        return tokens;
    }

    private boolean startsWith(String text) {
        return source.startsWith(text, position);
    }

    private int endOfLine(int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** Just past the unescaped {@code delimiter} that closes a literal, or {@code limit} without one. */
    private int closing(String delimiter, int from, int limit) {
        int i = from;
        while (i < limit) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else {
                i++;
            }
        }
        return Math.min(i, limit);
    }

    private int identifierEnd(int from) {
        int i = from;
        while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Digits, letters, {@code _} and {@code .}, and a sign right after an exponent ({@code 1e-5}, {@code 0x1p+3}). */
    private int numberEnd(int from) {
        boolean hex = source.startsWith("0x", from) || source.startsWith("0X", from);
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            char previous = source.charAt(Math.max(from, i - 1));
            boolean exponentSign = (c == '+' || c == '-') && (hex ? previous == 'p' || previous == 'P'
                    : previous == 'e' || previous == 'E');
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private boolean isDigitAt(int index) {
        return index < source.length() && Character.isDigit(source.charAt(index));
    }

    private int operatorLength() {
        if (OPERATOR_STARTS.indexOf(source.charAt(position)) < 0) {
            return 1;
        }
        for (String operator : OPERATORS) {
            if (startsWith(operator)) {
                return operator.length();
            }
        }
        return 1;
    }
}
