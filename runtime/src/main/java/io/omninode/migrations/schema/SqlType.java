package io.omninode.migrations.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column's SQL type as PostgreSQL writes it: {@code text}, {@code varchar(320)},
 * {@code numeric(12,2)}, {@code timestamptz}, {@code jsonb}, {@code uuid}, {@code text[]},
 * {@code timestamp(3) with time zone}, {@code "Status"}, {@code audit.level}.
 *
 * <p>Not limited to a fixed list (extensions and user types are welcome), but checked for obvious
 * mistakes: empty, unbalanced parentheses, brackets or quotes, or characters that have no place
 * in a type name (a semicolon, a string quote, a comment).
 *
 * @param sql the type as SQL text
 */
public record SqlType(String sql) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_ ,()\\[\\].$\"]+");

    public SqlType {
        Objects.requireNonNull(sql, "type");
        sql = sql.strip();
        if (sql.isEmpty()) {
            throw new IllegalArgumentException("a column type must not be empty; write it as PostgreSQL does,"
                    + " e.g. text, varchar(320), numeric(12,2)");
        }
        if (!ALLOWED.matcher(sql).matches()) {
            throw new IllegalArgumentException("column type \"" + sql + "\" contains a character that has no place"
                    + " in a type name (allowed: letters, digits, _ $ , . ( ) [ ] spaces and double-quoted names)");
        }
        checkBalanced(sql);
    }

    /** A type from its SQL text, e.g. {@code SqlType.of("varchar(320)")}. */
    public static SqlType of(String sql) {
        return new SqlType(sql);
    }

    /** A user-defined type (such as an enum) by name, quoted as needed: {@code SqlType.named("audit", "Level")}. */
    public static SqlType named(String schema, String name) {
        return new SqlType(SqlText.qualified(schema, name));
    }

    /** The array type of this type: {@code text} becomes {@code text[]}. */
    public SqlType array() {
        return new SqlType(sql + "[]");
    }

    @Override
    public String toString() {
        return sql;
    }

    private static void checkBalanced(String sql) {
        int parens = 0;
        int brackets = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                parens += c == '(' ? 1 : c == ')' ? -1 : 0;
                brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (parens < 0 || brackets < 0) {
                    break;
                }
            }
        }
        if (quoted || parens != 0 || brackets != 0) {
            throw new IllegalArgumentException("column type \"" + sql + "\" has unbalanced "
                    + (quoted ? "double quotes" : parens != 0 ? "parentheses" : "brackets"));
        }
    }
}
