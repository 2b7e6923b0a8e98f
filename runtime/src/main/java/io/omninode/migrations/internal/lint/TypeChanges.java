package io.omninode.migrations.internal.lint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column type changes PostgreSQL applies without rewriting the table: the binary-coercible ones whose
 * new type admits every old value, such as {@code varchar(n)} to a longer {@code varchar} or to {@code text}.
 * Anything not known to be in place counts as a rewrite; the measurement on the scratch database settles it.
 */
final class TypeChanges {

    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?");

    private TypeChanges() {}

    static boolean inPlace(String oldType, String newType) {
        Matcher from = SIZED.matcher(normalize(oldType));
        Matcher to = SIZED.matcher(normalize(newType));
        if (!from.matches() || !to.matches()) {
            return false;
        }
        String fromBase = from.group(1);
        String toBase = to.group(1);
        if (isVarchar(fromBase) || fromBase.equals("text")) {
            if (toBase.equals("text")) {
                return true;
            }
            // a longer (or unlimited) varchar keeps every value; text to unlimited varchar too
            return isVarchar(toBase) && (to.group(2) == null
                    || (isVarchar(fromBase) && from.group(2) != null && size(to, 2) >= size(from, 2)));
        }
        if (fromBase.equals("numeric") && toBase.equals("numeric")) {
            // more digits with the same scale, or an unconstrained numeric
            return to.group(2) == null || (from.group(2) != null && size(to, 2) >= size(from, 2)
                    && size(to, 3) == size(from, 3));
        }
        if (fromBase.equals("bit varying") && toBase.equals("bit varying")) {
            return to.group(2) == null || (from.group(2) != null && size(to, 2) >= size(from, 2));
        }
        return fromBase.equals(toBase) && from.group(2) == null && to.group(2) == null;
    }

    private static boolean isVarchar(String base) {
        return base.equals("varchar") || base.equals("character varying");
    }

    private static int size(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    private static String normalize(String type) {
        return type.strip().toLowerCase(Locale.ROOT).replace("\"", "").replaceFirst("^pg_catalog\\.", "")
                .replaceAll("\\s+", " ");
    }
}
