package io.omninode.migrations.processor.entity;

import io.omninode.migrations.schema.DefaultNames;
import java.util.List;
import java.util.Locale;

/** Default names: Java names in snake_case, and the given constraint name or PostgreSQL's default. */
final class Names {

    private Names() {}

    /** {@code createdAt} becomes {@code created_at}, {@code HTTPServer} becomes {@code http_server}. */
    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))
                        && javaName.charAt(i - 1) != '_';
                boolean acronymEnd = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (previousLower || acronymEnd) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The name the user gave, or {@code <table>_<columns>_<suffix>}: PostgreSQL's own pattern for
     * unnamed constraints and indexes, so the snapshot names what the database will hold.
     */
    static String givenOrDerived(String given, String table, List<String> columns, String suffix) {
        return given.isEmpty() ? DefaultNames.constraint(table, columns, suffix) : given;
    }
}
