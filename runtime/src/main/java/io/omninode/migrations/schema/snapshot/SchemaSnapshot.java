package io.omninode.migrations.schema.snapshot;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Extension;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SequenceOptions;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes a {@link Schema} as a snapshot: pretty-printed JSON with a {@code formatVersion},
 * objects in the schema's canonical order, optional members left out, and nothing from Java (no
 * class or field names), so the file reads well in code review and changes only when the schema does.
 *
 * <pre>{@code
 * String json = SchemaSnapshot.toJson(schema);
 * Schema back = SchemaSnapshot.fromJson(json); // equals schema
 * }</pre>
 *
 * The format (version 1) is documented in docs/entities.md ("Snapshots").
 */
public final class SchemaSnapshot {

    /** The version this code writes and reads; a file with another version is refused. */
    public static final int FORMAT_VERSION = 1;

    /** Where the annotation processor puts the entity snapshot in the class output, and so on the classpath. */
    public static final String ENTITY_RESOURCE = "META-INF/omninode-migrations/schema.json";

    private SchemaSnapshot() {}

    /** The snapshot text of {@code schema}, ending with a newline. */
    public static String toJson(Schema schema) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        putArray(root, "extensions", schema.extensions(), SchemaSnapshot::extension);
        putArray(root, "enums", schema.enums(), SchemaSnapshot::enumType);
        putArray(root, "sequences", schema.sequences(), SchemaSnapshot::sequence);
        putArray(root, "tables", schema.tables(), t -> table(t, schema));
        putArray(root, "indexes", schema.indexes(), SchemaSnapshot::index);
        return JsonTree.write(root) + "\n";
    }

    /**
     * The schema a snapshot describes.
     *
     * @throws SnapshotFormatException when the text is not a snapshot this version can read
     */
    public static Schema fromJson(String json) {
        try {
            if (!(JsonTree.parse(json) instanceof Map<?, ?> root)) {
                throw new IllegalArgumentException("a snapshot is a JSON object");
            }
            Object version = root.get("formatVersion");
            if (!Long.valueOf(FORMAT_VERSION).equals(version)) {
                throw new IllegalArgumentException("formatVersion " + version
                        + " is not supported; this version reads formatVersion " + FORMAT_VERSION);
            }
            List<RenameHint> hints = new ArrayList<>();
            List<Table> tables = list(root, "tables", node -> readTable(node, hints));
            return new Schema(tables, list(root, "indexes", SchemaSnapshot::readIndex),
                    list(root, "enums", SchemaSnapshot::readEnum), list(root, "sequences", SchemaSnapshot::readSequence),
                    list(root, "extensions", SchemaSnapshot::readExtension), hints);
        } catch (IOException | RuntimeException e) {
            throw new SnapshotFormatException("not a valid schema snapshot: " + e.getMessage(), e);
        }
    }

    /**
     * The entity snapshot on the classpath of {@code loader} ({@link #ENTITY_RESOURCE}), if there is one.
     *
     * @throws SnapshotFormatException when it is not a valid snapshot
     * @throws UncheckedIOException when it cannot be read
     */
    public static Optional<Schema> fromClasspath(ClassLoader loader) {
        URL resource = loader.getResource(ENTITY_RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = resource.openStream()) {
            return Optional.of(fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    // ---- writing

    private static <T> void putArray(Map<String, Object> parent, String field, List<T> items,
            Function<T, Map<String, Object>> write) {
        if (!items.isEmpty()) {
            parent.put(field, items.stream().map(write).toList());
        }
    }

    private static Map<String, Object> named(QualifiedName name) {
        Map<String, Object> node = new LinkedHashMap<>();
        putIfSet(node, "schema", name.schema());
        node.put("name", name.name());
        return node;
    }

    private static void putIfSet(Map<String, Object> node, String field, Object value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static Map<String, Object> extension(Extension extension) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", extension.name());
        putIfSet(node, "schema", extension.schema());
        return node;
    }

    private static Extension readExtension(Map<?, ?> node) {
        return new Extension(required(node, "name"), text(node, "schema"));
    }

    private static Map<String, Object> enumType(EnumType type) {
        Map<String, Object> node = named(type.name());
        node.put("values", type.values());
        return node;
    }

    private static Map<String, Object> sequence(Sequence sequence) {
        Map<String, Object> node = named(sequence.name());
        options(node, sequence.options());
        if (sequence.ownedBy() != null) {
            Map<String, Object> owner = new LinkedHashMap<>();
            owner.put("table", sequence.ownedBy().table());
            owner.put("column", sequence.ownedBy().column());
            node.put("ownedBy", owner);
        }
        return node;
    }

    private static void options(Map<String, Object> node, SequenceOptions options) {
        putIfSet(node, "dataType", options.dataType() == null ? null : options.dataType().sql());
        putIfSet(node, "startWith", options.startWith());
        putIfSet(node, "incrementBy", options.incrementBy());
        putIfSet(node, "minValue", options.minValue());
        putIfSet(node, "maxValue", options.maxValue());
        putIfSet(node, "cache", options.cache());
        if (options.cycle()) {
            node.put("cycle", true);
        }
    }

    private static Map<String, Object> table(Table table, Schema schema) {
        Map<String, Object> node = named(table.name());
        putIfSet(node, "renamedFrom", hint(schema, table.name(), null));
        putIfSet(node, "comment", table.comment());
        node.put("columns", table.columns().stream().map(c -> column(c, schema, table.name())).toList());
        if (table.primaryKey() != null) {
            Map<String, Object> key = new LinkedHashMap<>();
            putIfSet(key, "name", table.primaryKey().name());
            key.put("columns", table.primaryKey().columns());
            putDeferrability(key, table.primaryKey().deferrability());
            node.put("primaryKey", key);
        }
        putArray(node, "uniques", table.uniques(), u -> {
            Map<String, Object> unique = new LinkedHashMap<>();
            putIfSet(unique, "name", u.name());
            unique.put("columns", u.columns());
            putDeferrability(unique, u.deferrability());
            return unique;
        });
        putArray(node, "checks", table.checks(), c -> {
            Map<String, Object> check = new LinkedHashMap<>();
            putIfSet(check, "name", c.name());
            check.put("expression", c.expression());
            if (!c.valid()) {
                check.put("notValid", true);
            }
            return check;
        });
        putArray(node, "foreignKeys", table.foreignKeys(), SchemaSnapshot::foreignKey);
        putArray(node, "exclusions", table.exclusions(), SchemaSnapshot::exclusion);
        return node;
    }

    private static String hint(Schema schema, QualifiedName table, String column) {
        return schema.renameHints().stream()
                .filter(h -> h.table().equals(table) && Objects.equals(h.column(), column))
                .map(RenameHint::from).findFirst().orElse(null);
    }

    private static Map<String, Object> column(Column column, Schema schema, QualifiedName table) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", column.name());
        putIfSet(node, "renamedFrom", hint(schema, table, column.name()));
        node.put("type", column.type().sql());
        node.put("nullable", column.nullable());
        if (column.defaultValue() instanceof ColumnDefault.Expression e) {
            node.put("default", Map.of("expression", e.sql()));
        } else if (column.defaultValue() instanceof ColumnDefault.Value v) {
            // the JSON type is the literal's type: string, number or boolean
            Object raw = v.value();
            node.put("default", Map.of("value",
                    raw instanceof Long || raw instanceof BigDecimal || raw instanceof Boolean ? raw : raw.toString()));
        }
        if (column.identity() != null) {
            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("generation", column.identity().generation().name().toLowerCase(Locale.ROOT));
            options(identity, column.identity().options());
            node.put("identity", identity);
        }
        putIfSet(node, "generated", column.generated());
        putIfSet(node, "comment", column.comment());
        return node;
    }

    private static Map<String, Object> exclusion(Exclusion exclusion) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", exclusion.name());
        node.put("method", exclusion.method().sql());
        node.put("elements", exclusion.elements().stream().map(e -> {
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("expression", e.expression());
            element.put("operator", e.operator());
            return element;
        }).toList());
        putIfSet(node, "where", exclusion.where());
        putDeferrability(node, exclusion.deferrability());
        return node;
    }

    private static Exclusion readExclusion(Map<?, ?> node) {
        return new Exclusion(required(node, "name"), IndexMethod.valueOf(required(node, "method").toUpperCase(Locale.ROOT)),
                list(node, "elements", e -> Exclusion.Element.of(required(e, "expression"), required(e, "operator"))),
                text(node, "where"), readDeferrability(node));
    }

    private static Map<String, Object> foreignKey(ForeignKey fk) {
        Map<String, Object> node = new LinkedHashMap<>();
        putIfSet(node, "name", fk.name());
        node.put("columns", fk.columns());
        node.put("references", named(fk.referencedTable()));
        if (!fk.referencedColumns().isEmpty()) {
            node.put("referencedColumns", fk.referencedColumns());
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            node.put("onDelete", fk.onDelete().sql().toLowerCase(Locale.ROOT));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            node.put("onUpdate", fk.onUpdate().sql().toLowerCase(Locale.ROOT));
        }
        putDeferrability(node, fk.deferrability());
        if (fk.fullMatch()) {
            node.put("match", "full");
        }
        if (!fk.valid()) {
            node.put("notValid", true);
        }
        return node;
    }

    private static Map<String, Object> index(Index index) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", index.name());
        node.put("table", named(index.table()));
        node.put("keys", index.keys().stream().map(key -> {
            Map<String, Object> item = new LinkedHashMap<>();
            putIfSet(item, "column", key.column());
            putIfSet(item, "expression", key.expression());
            if (key.descending()) {
                item.put("descending", true);
            }
            putIfSet(item, "nullsFirst", key.nullsFirst());
            putIfSet(item, "opclass", key.opclass());
            return item;
        }).toList());
        if (index.unique()) {
            node.put("unique", true);
        }
        if (index.method() != IndexMethod.BTREE) {
            node.put("method", index.method().sql());
        }
        if (!index.include().isEmpty()) {
            node.put("include", index.include());
        }
        putIfSet(node, "where", index.where());
        return node;
    }

    // ---- reading

    private static <T> List<T> list(Map<?, ?> parent, String field, Function<Map<?, ?>, T> read) {
        List<T> items = new ArrayList<>();
        for (Object item : array(parent, field)) {
            if (!(item instanceof Map<?, ?> node)) {
                throw new IllegalArgumentException("\"" + field + "\" holds " + item + ", not an object");
            }
            items.add(read.apply(node));
        }
        return items;
    }

    private static List<?> array(Map<?, ?> parent, String field) {
        Object value = parent.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + value + ", not an array");
        }
        return items;
    }

    private static List<String> strings(Map<?, ?> parent, String field) {
        return array(parent, field).stream().map(String::valueOf).toList();
    }

    private static Map<?, ?> object(Map<?, ?> parent, String field) {
        Object value = parent.get(field);
        if (value != null && !(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + value + ", not an object");
        }
        return (Map<?, ?>) value;
    }

    private static String text(Map<?, ?> node, String field) {
        Object value = node.get(field);
        return value == null ? null : value.toString();
    }

    private static String required(Map<?, ?> node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("\"" + field + "\" is missing in " + node);
        }
        return value;
    }

    private static boolean flag(Map<?, ?> node, String field, boolean byDefault) {
        Object value = node.get(field);
        return value == null ? byDefault : Boolean.TRUE.equals(value);
    }

    private static Long longValue(Map<?, ?> node, String field) {
        Object value = node.get(field);
        return value == null ? null : ((Number) value).longValue();
    }

    private static QualifiedName qualified(Map<?, ?> node) {
        if (node == null) {
            throw new IllegalArgumentException("a table or type name is missing");
        }
        return QualifiedName.of(text(node, "schema"), required(node, "name"));
    }

    private static EnumType readEnum(Map<?, ?> node) {
        return new EnumType(qualified(node), strings(node, "values"));
    }

    private static SequenceOptions readOptions(Map<?, ?> node) {
        String dataType = text(node, "dataType");
        return new SequenceOptions(dataType == null ? null : SqlType.of(dataType), longValue(node, "startWith"),
                longValue(node, "incrementBy"), longValue(node, "minValue"), longValue(node, "maxValue"),
                longValue(node, "cache"), flag(node, "cycle", false));
    }

    private static Sequence readSequence(Map<?, ?> node) {
        Map<?, ?> owner = object(node, "ownedBy");
        return new Sequence(qualified(node), readOptions(node),
                owner == null ? null : new Sequence.Owner(required(owner, "table"), required(owner, "column")));
    }

    /** Only a deferrable constraint has the key, so files written before keys could be deferred still read. */
    private static void putDeferrability(Map<String, Object> node, Deferrability deferrability) {
        if (deferrability != Deferrability.NOT_DEFERRABLE) {
            node.put("deferrable", deferrability == Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                    ? "initially deferred" : "initially immediate");
        }
    }

    private static Deferrability readDeferrability(Map<?, ?> node) {
        String deferrable = text(node, "deferrable");
        return deferrable == null ? Deferrability.NOT_DEFERRABLE
                : Deferrability.deferrable(deferrable.equals("initially deferred"));
    }

    private static Table readTable(Map<?, ?> node, List<RenameHint> hints) {
        QualifiedName name = qualified(node);
        String tableFrom = text(node, "renamedFrom");
        if (tableFrom != null) {
            hints.add(RenameHint.ofTable(name, tableFrom));
        }
        List<Column> columns = list(node, "columns", c -> {
            String from = text(c, "renamedFrom");
            if (from != null) {
                hints.add(RenameHint.ofColumn(name, required(c, "name"), from));
            }
            return readColumn(c);
        });
        Map<?, ?> key = object(node, "primaryKey");
        PrimaryKey primaryKey = key == null ? null : new PrimaryKey(text(key, "name"), strings(key, "columns"),
                readDeferrability(key));
        return new Table(name, columns, primaryKey,
                list(node, "uniques", u -> new Unique(text(u, "name"), strings(u, "columns"),
                        readDeferrability(u))),
                list(node, "checks", c -> new CheckConstraint(text(c, "name"), required(c, "expression"),
                        !flag(c, "notValid", false))),
                list(node, "foreignKeys", SchemaSnapshot::readForeignKey), text(node, "comment"),
                list(node, "exclusions", SchemaSnapshot::readExclusion));
    }

    private static Column readColumn(Map<?, ?> node) {
        Map<?, ?> defaultNode = object(node, "default");
        ColumnDefault defaultValue = null;
        if (defaultNode != null) {
            Object value = defaultNode.get("value");
            defaultValue = value == null
                    ? ColumnDefault.expression(required(defaultNode, "expression"))
                    : ColumnDefault.value(value);
        }
        Map<?, ?> identityNode = object(node, "identity");
        Identity identity = identityNode == null ? null : new Identity(
                Identity.Generation.valueOf(required(identityNode, "generation").toUpperCase(Locale.ROOT)),
                readOptions(identityNode));
        return new Column(required(node, "name"), SqlType.of(required(node, "type")), flag(node, "nullable", true),
                defaultValue, identity, text(node, "comment"), text(node, "generated"));
    }

    private static ForeignKey readForeignKey(Map<?, ?> node) {
        return new ForeignKey(text(node, "name"), strings(node, "columns"), qualified(object(node, "references")),
                strings(node, "referencedColumns"), action(text(node, "onDelete")), action(text(node, "onUpdate")),
                readDeferrability(node), "full".equals(text(node, "match")), !flag(node, "notValid", false));
    }

    private static ReferentialAction action(String sql) {
        return sql == null ? ReferentialAction.NO_ACTION
                : ReferentialAction.valueOf(sql.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private static Index readIndex(Map<?, ?> node) {
        List<IndexKey> keys = list(node, "keys", k -> new IndexKey(text(k, "column"), text(k, "expression"),
                flag(k, "descending", false), (Boolean) k.get("nullsFirst"), text(k, "opclass")));
        String method = text(node, "method");
        return new Index(required(node, "name"), qualified(object(node, "table")), keys, flag(node, "unique", false),
                method == null ? IndexMethod.BTREE : IndexMethod.valueOf(method.toUpperCase(Locale.ROOT)),
                strings(node, "include"), text(node, "where"));
    }
}
