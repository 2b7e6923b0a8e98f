package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Extension;
import java.util.ArrayList;
import java.util.List;

/** Enum types with their labels in sort order, and installed extensions: one query each. */
final class TypeReader {

    private static final String ENUMS = "select n.nspname, t.typname, array_agg(e.enumlabel::text order by e.enumsortorder)"
            + " from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid"
            + " where n.nspname = any(?)" + String.format(TableReader.NOT_FROM_EXTENSION, "'pg_type'::regclass", "t.oid")
            + " group by n.nspname, t.typname order by n.nspname, t.typname";

    /** plpgsql is in every database; whatever schema an extension lives in, the schemas read may use it. */
    private static final String EXTENSIONS = "select e.extname, n.nspname from pg_extension e"
            + " join pg_namespace n on n.oid = e.extnamespace where e.extname <> 'plpgsql'"
            + " order by e.extname";

    private TypeReader() {}

    static List<EnumType> enums(Reading reading) {
        List<EnumType> enums = new ArrayList<>();
        reading.query.run("enum types", ENUMS, rows -> enums.add(new EnumType(reading.scope.name(rows.getString(1), rows.getString(2)),
                CatalogQuery.strings(rows, 3))));
        return enums;
    }

    static List<Extension> extensions(Reading reading) {
        List<Extension> extensions = new ArrayList<>();
        reading.query.run("extensions", EXTENSIONS,
                rows -> extensions.add(new Extension(rows.getString(1), reading.scope.schema(rows.getString(2)))));
        return extensions;
    }
}
