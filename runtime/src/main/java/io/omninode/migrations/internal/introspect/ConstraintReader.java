package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Unique;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Primary keys, unique, foreign key, check and exclusion constraints, one query. Options the model
 * has no value for (unique or exclusion {@code NULLS NOT DISTINCT} or {@code INCLUDE}, {@code NO INHERIT})
 * are reported as not compared.
 */
final class ConstraintReader {

    /*
     * Key columns come as numbers, named from the columns already read; only a foreign key to a table no
     * column was read of (outside the schemas read, or not a plain table) has the server name them. The
     * whole definition is printed only where it is parsed (unique and exclusion options, a primary key
     * with INCLUDE columns): printing costs the server most. No order: the model sorts constraints.
     */
    private static final String CONSTRAINTS = "select con.conrelid, con.conname, con.contype::text,"
            + " case when con.contype in ('u', 'x') or ix.indnatts > ix.indnkeyatts"
            + "   then pg_get_constraintdef(con.oid, true) end,"
            + " case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid, true) end,"
            + " con.conkey::text, con.confrelid, fn.nspname, fc.relname, con.confkey::text,"
            + " case when con.contype = 'f' and (fc.relkind <> 'r' or fn.nspname <> all(?)) then"
            + "   array(select a.attname::text from unnest(con.confkey) with ordinality k(num, ord)"
            + "   join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.ord) end,"
            + " con.confdeltype::text, con.confupdtype::text, con.confmatchtype::text, con.condeferrable,"
            + " con.condeferred, con.convalidated, con.connoinherit"
            + " from pg_constraint con join pg_class c on c.oid = con.conrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " left join pg_class fc on fc.oid = con.confrelid left join pg_namespace fn on fn.oid = fc.relnamespace"
            + " left join pg_index ix on con.contype = 'p' and ix.indexrelid = con.conindid"
            + " where n.nspname = any(?) and c.relkind = 'r' and con.contype in ('p', 'u', 'f', 'c', 'x')";

    private ConstraintReader() {}

    static void read(Reading reading) {
        reading.forEachTableRow("constraints", CONSTRAINTS, (table, rows) -> {
            String name = rows.getString(2);
            String where = table.name + "." + name;
            String type = rows.getString(3);
            String definition = rows.getString(4);
            long[] key = CatalogQuery.numbers(rows, 6);
            boolean valid = rows.getBoolean(17);
            if (rows.getBoolean(18) && type.equals("c")) {
                reading.notCompared("no inherit constraint", where);
            }
            Deferrability deferrability = !rows.getBoolean(15) ? Deferrability.NOT_DEFERRABLE
                    : Deferrability.deferrable(rows.getBoolean(16));
            switch (type) {
                case "p" -> {
                    keyOptions(reading, definition, where);
                    table.primaryKey = new PrimaryKey(name, columns(reading, rows.getLong(1), key), deferrability);
                }
                case "u" -> {
                    keyOptions(reading, definition, where);
                    table.uniques.add(new Unique(name, columns(reading, rows.getLong(1), key), deferrability));
                }
                case "c" -> table.checks.add(new CheckConstraint(name, Expressions.unwrap(rows.getString(5)), valid));
                case "f" -> {
                    List<String> referenced = rows.getString(11) != null ? CatalogQuery.strings(rows, 11)
                            : columns(reading, rows.getLong(7), CatalogQuery.numbers(rows, 10));
                    table.foreignKeys.add(new ForeignKey(name, columns(reading, rows.getLong(1), key),
                            reading.scope.name(rows.getString(8), rows.getString(9)), referenced,
                            action(rows.getString(12)), action(rows.getString(13)), deferrability,
                            rows.getString(14).equals("f"), valid));
                }
                default -> {
                    keyOptions(reading, definition, where);
                    exclusion(name, definition, deferrability).ifPresentOrElse(table.exclusions::add,
                            () -> reading.notCompared("exclusion constraint", where + " " + definition));
                }
            }
        });
    }

    /** The names of a table's key columns, from the columns read. */
    private static List<String> columns(Reading reading, long table, long[] attnums) {
        return reading.attributes.get(table).names(attnums, 0, attnums.length);
    }

    /** A key's options the model has no value for; no definition means none (a primary key without INCLUDE). */
    private static void keyOptions(Reading reading, String definition, String where) {
        if (definition != null && (definition.contains(" INCLUDE (") || definition.contains("NULLS NOT DISTINCT"))) {
            reading.notCompared("key option", where + " " + definition);
        }
    }

    /**
     * {@code EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (not cancelled)} as the server prints it;
     * empty for an index method the model does not name.
     */
    private static Optional<Exclusion> exclusion(String name, String definition, Deferrability deferrability) {
        String prefix = "EXCLUDE USING ";
        int open = definition.indexOf(" (", prefix.length());
        if (!definition.startsWith(prefix) || open < 0) {
            return Optional.empty();
        }
        String method = definition.substring(prefix.length(), open).toUpperCase(Locale.ROOT);
        if (Arrays.stream(IndexMethod.values()).noneMatch(m -> m.name().equals(method))) {
            return Optional.empty();
        }
        int close = Expressions.closingParen(definition, open + 1);
        List<Exclusion.Element> elements = Expressions.splitList(definition.substring(open + 2, close)).stream()
                .map(e -> {
                    int with = e.lastIndexOf(" WITH ");
                    return Exclusion.Element.of(e.substring(0, with), e.substring(with + " WITH ".length()));
                }).toList();
        String rest = definition.substring(close + 1);
        int whereAt = rest.indexOf(" WHERE (");
        String predicate = whereAt < 0 ? null
                : Expressions.unwrap(rest.substring(whereAt + " WHERE ".length(),
                        Expressions.closingParen(rest, whereAt + " WHERE ".length()) + 1));
        return Optional.of(new Exclusion(name, IndexMethod.valueOf(method), elements, predicate, deferrability));
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "c" -> ReferentialAction.CASCADE;
            case "r" -> ReferentialAction.RESTRICT;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
