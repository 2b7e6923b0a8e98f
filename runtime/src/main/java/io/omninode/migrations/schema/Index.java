package io.omninode.migrations.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index:
 *
 * <pre>{@code
 * Index.of("ix_event_node_created", "event", "node_id", "created_at")
 * Index.of("uq_account_email", "account", IndexKey.expression("lower(email)")).asUnique()
 * Index.of("ix_node_live", "node", "name").where("deleted_at is null").include("status")
 * Index.of("ix_doc_body", "doc", "body").using(IndexMethod.GIN)
 * }</pre>
 *
 * @param name the index name (it lives in the table's schema)
 * @param table the indexed table
 * @param keys the keys, in order
 * @param unique whether the index is unique
 * @param method the access method
 * @param include non-key columns stored in the index ({@code INCLUDE})
 * @param where the predicate of a partial index, or null
 */
public record Index(String name, QualifiedName table, List<IndexKey> keys, boolean unique, IndexMethod method,
        List<String> include, String where) {

    public Index {
        SqlFragments.checkName("index name", name);
        Objects.requireNonNull(table, "table");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index \"" + name + "\" needs at least one key");
        }
        Objects.requireNonNull(method, "method");
        include = include.isEmpty() ? List.of() : SqlFragments.checkNames("index include columns", include);
        if (where != null) {
            SqlFragments.checkExpression("index predicate", where);
        }
    }

    /** A btree index on columns of a table. */
    public static Index of(String name, String table, String... columns) {
        return of(name, table, Arrays.stream(columns).map(IndexKey::column).toArray(IndexKey[]::new));
    }

    /** A btree index on keys (columns or expressions) of a table. */
    public static Index of(String name, String table, IndexKey... keys) {
        return new Index(name, QualifiedName.of(table), List.of(keys), false, IndexMethod.BTREE, List.of(), null);
    }

    /** The same index, unique. */
    public Index asUnique() {
        return new Index(name, table, keys, true, method, include, where);
    }

    /** The access method, e.g. {@code using(IndexMethod.GIN)}; btree when not set. */
    public Index using(IndexMethod accessMethod) {
        return new Index(name, table, keys, unique, accessMethod, include, where);
    }

    /** Non-key columns stored in the index for index-only scans: {@code include("status")}. */
    public Index include(String... columns) {
        return new Index(name, table, keys, unique, method, List.of(columns), where);
    }

    /** A partial index: {@code where("deleted_at is null")}, embedded as written. */
    public Index where(String predicate) {
        return new Index(name, table, keys, unique, method, include, predicate);
    }

    /** The same index under another name. */
    public Index withName(String newName) {
        return new Index(newName, table, keys, unique, method, include, where);
    }

    /** The same index over other keys and included columns (after a column rename). */
    public Index withColumns(List<IndexKey> newKeys, List<String> newInclude) {
        return new Index(name, table, newKeys, unique, method, newInclude, where);
    }

    /** The same index on a table in another schema (or the same name qualified differently). */
    public Index onTable(QualifiedName newTable) {
        return new Index(name, newTable, keys, unique, method, include, where);
    }
}
