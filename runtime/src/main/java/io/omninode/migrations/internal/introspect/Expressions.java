package io.omninode.migrations.internal.introspect;

import java.util.ArrayList;
import java.util.List;

/** The server prints an expression inside parentheses where a clause needs them; the model holds it bare. */
final class Expressions {

    private Expressions() {}

    /** {@code (a > 0)} becomes {@code a > 0}; {@code (a) OR (b)} and {@code lower(x)} stay as they are. */
    static String unwrap(String sql) {
        String text = sql.strip();
        while (text.startsWith("(") && closingParen(text, 0) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** {@code a, f(b, c)} becomes {@code a} and {@code f(b, c)}: split at commas outside parentheses and quotes. */
    static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        items.add(text.substring(start).strip());
        return items;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    static int closingParen(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: same effect
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
