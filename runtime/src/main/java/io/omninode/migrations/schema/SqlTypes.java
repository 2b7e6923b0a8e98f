package io.omninode.migrations.schema;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical spelling of SQL types, so that {@code int4}, {@code integer} and {@code int} compare
 * equal. The canonical form is the short one people write: {@code integer}, {@code bigint},
 * {@code varchar(n)}, {@code timestamptz}, {@code numeric(p,s)}, {@code double precision}.
 * Quoted and schema-qualified (user) types are kept as written.
 */
public final class SqlTypes {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("character varying", "varchar"), Map.entry("varchar", "varchar"),
            Map.entry("character", "char"), Map.entry("char", "char"), Map.entry("bpchar", "char"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("timestamptz", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp", "timestamp"),
            Map.entry("time with time zone", "timetz"), Map.entry("timetz", "timetz"),
            Map.entry("time without time zone", "time"), Map.entry("time", "time"));

    /** {@code base}, optional {@code (args)}, optional time-zone words after the arguments, optional array brackets. */
    private static final Pattern SHAPE = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)\\s*(\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?\\s*(with time zone|without time zone)?\\s*((?:\\[\\s*\\])*)");

    /** Schemas are canonicalized on every construction; a handful of distinct types recur thousands of times. */
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, SqlType> CACHE = new ConcurrentHashMap<>();

    private SqlTypes() {}

    /** The canonical form of {@code type}: {@code CHARACTER VARYING(20)} becomes {@code varchar(20)}. */
    public static SqlType canonical(SqlType type) {
        SqlType cached = CACHE.get(type.sql());
        if (cached != null) {
            return cached;
        }
        SqlType canonical = compute(type);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(type.sql(), canonical);
        }
        return canonical;
    }

    private static SqlType compute(SqlType type) {
        String sql = type.sql();
        if (sql.indexOf('"') >= 0 || sql.indexOf('.') >= 0) {
            return type;
        }
        String lower = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        boolean internalArray = lower.startsWith("_");
        if (internalArray) {
            lower = lower.substring(1) + "[]";
        }
        Matcher m = SHAPE.matcher(lower);
        if (!m.matches()) {
            return SqlType.of(lower);
        }
        String base = m.group(1).strip();
        String zone = m.group(3);
        if (zone != null) {
            base = base + " " + zone;
        }
        String args = m.group(2) == null ? "" : m.group(2).replaceAll("\\s+", "");
        String brackets = m.group(4).replaceAll("\\s+", "");
        String canonical = ALIASES.getOrDefault(base, base);
        return SqlType.of(canonical + args + brackets);
    }
}
