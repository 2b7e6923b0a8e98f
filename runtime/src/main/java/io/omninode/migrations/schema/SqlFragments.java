package io.omninode.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * Validation shared by the model records: names are PostgreSQL identifiers, and SQL fragments
 * (check expressions, default expressions, index predicates) are at least well formed.
 */
public final class SqlFragments {

    private SqlFragments() {}

    /**
     * A raw SQL expression is embedded verbatim, so it must not be able to end the statement or
     * leave it unbalanced: no semicolon, comment or unbalanced parenthesis outside quotes.
     *
     * @throws IllegalArgumentException naming {@code what} and the problem
     */
    public static String checkExpression(String what, String sql) {
        Objects.requireNonNull(sql, what);
        if (sql.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (sql.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must not contain a NUL character");
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0; // a doubled quote closes and reopens: same effect
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(' -> depth++;
                case ')' -> {
                    if (--depth < 0) {
                        throw unbalanced(what, sql);
                    }
                }
                case ';' -> throw new IllegalArgumentException(
                        what + " \"" + sql + "\" contains a semicolon; give one expression, not statements");
                case '-', '/' -> {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == (c == '-' ? '-' : '*')) {
                        throw new IllegalArgumentException(what + " \"" + sql + "\" contains a comment");
                    }
                }
                default -> { }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException(what + " \"" + sql + "\" has an unterminated " + quote + " quote");
        }
        if (depth != 0) {
            throw unbalanced(what, sql);
        }
        return sql;
    }

    private static IllegalArgumentException unbalanced(String what, String sql) {
        return new IllegalArgumentException(what + " \"" + sql + "\" has unbalanced parentheses");
    }

    /** A PostgreSQL identifier: not empty, no NUL, at most 63 bytes. */
    public static String checkName(String what, String name) {
        Objects.requireNonNull(name, what);
        try {
            SqlText.checkIdentifier(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** A name that may be absent (PostgreSQL then chooses one). */
    public static String checkOptionalName(String what, String name) {
        return name == null ? null : checkName(what, name);
    }

    /** A non-empty list of distinct identifiers, copied. */
    public static List<String> checkNames(String what, List<String> names) {
        List<String> copy = List.copyOf(Objects.requireNonNull(names, what));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one column");
        }
        // key column lists are short: a pairwise look beats hashing them
        for (int i = 0; i < copy.size(); i++) {
            String name = checkName(what, copy.get(i));
            if (copy.subList(0, i).contains(name)) {
                throw new IllegalArgumentException(what + " names \"" + name + "\" twice");
            }
        }
        return copy;
    }

    /** A comment or other free text that becomes a string literal; null means none. */
    public static String checkText(String what, String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must not contain a NUL character");
        }
        return text;
    }
}
