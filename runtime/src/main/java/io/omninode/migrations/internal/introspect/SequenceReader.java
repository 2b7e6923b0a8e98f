package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.DefaultNames;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sequences, one query. An identity column's sequence gives the column its options; a {@code serial}
 * column (an owned sequence of the default name and options, and {@code nextval} as the default) is read
 * back as {@code serial}, as it was written; other sequences are free-standing, with their owner if any.
 */
final class SequenceReader {

    private static final String SEQUENCES = "select n.nspname, c.relname, format_type(s.seqtypid, null), s.seqstart,"
            + " s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, d.deptype::text, tn.nspname, tc.relname,"
            + " ta.attname, c.oid::regclass::text"
            + " from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace"
            + " left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = c.oid"
            + "   and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')"
            + " left join pg_class tc on tc.oid = d.refobjid left join pg_namespace tn on tn.oid = tc.relnamespace"
            + " left join pg_attribute ta on ta.attrelid = d.refobjid and ta.attnum = d.refobjsubid"
            + " where n.nspname = any(?)" + String.format(TableReader.NOT_FROM_EXTENSION, "'pg_class'::regclass", "c.oid")
            + " order by n.nspname, c.relname";

    private SequenceReader() {}

    static List<Sequence> read(Reading reading) {
        List<Sequence> sequences = new ArrayList<>();
        reading.query.run("sequences", SEQUENCES, rows -> {
            String type = rows.getString(3);
            SequenceOptions options = options(type, rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                    rows.getLong(8), rows.getBoolean(9));
            QualifiedName name = reading.scope.name(rows.getString(1), rows.getString(2));
            String owner = rows.getString(10);
            if (owner != null && reading.scope.isSkipped(rows.getString(11), rows.getString(12))) {
                return;
            }
            TableParts table = owner == null ? null : reading.tables.get(reading.scope.name(rows.getString(11), rows.getString(12)));
            String column = rows.getString(13);
            if ("i".equals(owner)) {
                if (table != null) {
                    table.changeColumn(column, c -> c.identity(c.identity().options(options)));
                }
                return;
            }
            if (table != null && isSerial(table, column, rows.getString(2), rows.getString(14), type, options)) {
                return;
            }
            sequences.add(new Sequence(name, type.equals("bigint") ? options : options.dataType(type),
                    owner == null ? null : new Sequence.Owner(rows.getString(12), column)));
        });
        return sequences;
    }

    /** Makes the column {@code serial} (or {@code bigserial}, {@code smallserial}) when it is one. */
    private static boolean isSerial(TableParts table, String column, String sequence, String regclass, String type,
            SequenceOptions options) {
        Optional<Column> owner = table.column(column);
        String serial = switch (type) {
            case "integer" -> "serial";
            case "bigint" -> "bigserial";
            case "smallint" -> "smallserial";
            default -> null;
        };
        ColumnDefault nextval = ColumnDefault.expression("nextval(" + SqlText.string(regclass) + "::regclass)");
        if (serial == null || owner.isEmpty() || !options.isDefault() || !owner.get().type().sql().equals(type)
                || !nextval.equals(owner.get().defaultValue()) || owner.get().nullable()
                || !sequence.equals(DefaultNames.constraint(table.name.name(), List.of(column), "seq"))) {
            return false;
        }
        table.changeColumn(column, c -> c.withDefault(null).withType(SqlType.of(serial)));
        return true;
    }

    /** The options that differ from what PostgreSQL picks for a sequence of this type and direction. */
    static SequenceOptions options(String type, long start, long increment, long min, long max, long cache,
            boolean cycle) {
        long typeMax = switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = type.equals("smallint") ? Short.MIN_VALUE : type.equals("integer") ? Integer.MIN_VALUE : Long.MIN_VALUE;
        boolean ascending = increment > 0;
        SequenceOptions options = SequenceOptions.DEFAULTS;
        if (increment != 1) {
            options = options.incrementBy(increment);
        }
        if (min != (ascending ? 1 : typeMin)) {
            options = options.minValue(min);
        }
        if (max != (ascending ? typeMax : -1)) {
            options = options.maxValue(max);
        }
        if (start != (ascending ? min : max)) {
            options = options.startWith(start);
        }
        if (cache != 1) {
            options = options.cache(cache);
        }
        return options.cycle(cycle);
    }
}
