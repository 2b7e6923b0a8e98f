package io.omninode.migrations.schema;

import java.util.List;

/**
 * The names PostgreSQL gives unnamed constraints and indexes, {@code <table>_<columns>_<suffix>}
 * ({@code node_name_key}, {@code event_node_id_fkey}), so a model names what the database will hold.
 * The one owner of that rule: the entity reader and the schema diff both ask here.
 *
 * <pre>{@code
 * DefaultNames.constraint("event", List.of("node_id"), "fkey") // "event_node_id_fkey"
 * }</pre>
 */
public final class DefaultNames {

    private DefaultNames() {}

    /** {@code <table>_<columns>_<suffix>}; suffixes as PostgreSQL uses them: key, fkey, check, idx. */
    public static String constraint(String table, List<String> columns, String suffix) {
        return table + "_" + String.join("_", columns) + "_" + suffix;
    }
}
