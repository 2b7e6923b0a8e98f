package io.omninode.migrations.schema;

/**
 * An installed extension, such as {@code pgcrypto} or {@code pg_trgm}: {@code Extension.of("pg_trgm")}.
 * Its version is not part of the model (upgrading an extension is {@code ALTER EXTENSION ... UPDATE},
 * an operational step rather than a schema difference).
 *
 * @param name the extension name
 * @param schema the schema holding its objects, or null for the search path's first schema
 */
public record Extension(String name, String schema) {

    public Extension {
        SqlFragments.checkName("extension name", name);
        SqlFragments.checkOptionalName("extension schema", schema);
    }

    /** An extension in the default schema. */
    public static Extension of(String name) {
        return new Extension(name, null);
    }
}
