package io.omninode.migrations.schema;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Safe rendering of identifiers and literals into PostgreSQL SQL text. Every name and value that
 * reaches a statement's text goes through here; nothing is concatenated unquoted.
 */
public final class SqlText {

    /** PostgreSQL truncates longer identifiers silently (NAMEDATALEN - 1). */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * Keywords that are reserved, or cannot be a column or table name, in PostgreSQL 12-17;
     * quoting them is what keeps {@code user} or {@code order} usable as names.
     */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check",
            "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
            "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull",
            "join", "json", "lateral", "leading", "least", "left", "like", "limit", "localtime",
            "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
            "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay",
            "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
            "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
            "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
            "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when",
            "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
            "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private SqlText() {}

    /**
     * An identifier as SQL: bare when PostgreSQL would read it back unchanged (lower case, not a
     * keyword), otherwise double-quoted with embedded quotes doubled.
     *
     * @throws IllegalArgumentException for a blank name, a NUL character, or more than 63 bytes
     */
    public static String identifier(String name) {
        checkIdentifier(name);
        if (PLAIN_IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A possibly schema-qualified name: {@code schema.name}, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return schema == null || schema.isEmpty() ? identifier(name) : identifier(schema) + "." + identifier(name);
    }

    /**
     * Rejects names PostgreSQL would refuse or silently change.
     *
     * @throws IllegalArgumentException saying what is wrong and how to fix it
     */
    public static void checkIdentifier(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an identifier must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier \"" + name.replace("\0", "\\0")
                    + "\" contains a NUL character, which PostgreSQL does not allow");
        }
        // a char is at most three UTF-8 bytes: a name of up to 21 fits without counting
        int bytes = name.length() * 3 <= MAX_IDENTIFIER_BYTES ? 0 : identifierBytes(name);
        if (bytes > MAX_IDENTIFIER_BYTES) {
            throw new IllegalArgumentException("identifier \"" + name + "\" is " + bytes + " bytes long; PostgreSQL"
                    + " keeps only " + MAX_IDENTIFIER_BYTES + " and would silently truncate it: choose a shorter name");
        }
    }

    /** The length PostgreSQL's {@value #MAX_IDENTIFIER_BYTES}-byte limit counts: UTF-8 bytes, not characters. */
    public static int identifierBytes(String name) {
        // counted, not encoded: every name of a live schema passes here, several times
        int bytes = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // a surrogate pair is four bytes, two for each half
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** A string literal: single quotes doubled, and E'' escaping when it holds a backslash. */
    public static String string(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a string literal cannot contain a NUL character in PostgreSQL");
        }
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') >= 0) {
            // E'' reads the same whatever standard_conforming_strings is set to.
            return "E'" + quoted.replace("\\", "\\\\") + "'";
        }
        return "'" + quoted + "'";
    }

    /**
     * A Java value as a SQL literal, for offline scripts where parameters cannot be bound.
     *
     * @throws IllegalArgumentException for a type with no safe literal form
     */
    public static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? value.toString() : "'" + (Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity") + "'";
        }
        if (value instanceof UUID || value instanceof TemporalAccessor || value instanceof Character) {
            return string(value.toString());
        }
        if (value instanceof byte[] bytes) {
            return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
        }
        if (value instanceof Enum<?> e) {
            return string(e.name());
        }
        throw new IllegalArgumentException("no SQL literal form for a " + value.getClass().getName()
                + "; pass a String, number, boolean, UUID, java.time value or byte[]");
    }

    /** Lower-cased keyword check, for callers that want to warn about a name. */
    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
    }
}
