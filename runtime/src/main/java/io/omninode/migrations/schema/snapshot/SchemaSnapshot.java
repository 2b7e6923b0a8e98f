package io.omninode.migrations.schema.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.EnumType;
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
import java.util.List;
import java.util.Locale;
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
 * The format (version 1) is documented in the README ("Entities, snapshots and autogenerate").
 */
public final class SchemaSnapshot {

    /** The version this code writes and reads; a file with another version is refused. */
    public static final int FORMAT_VERSION = 1;

    /** Where the annotation processor puts the entity snapshot in the class output, and so on the classpath. */
    public static final String ENTITY_RESOURCE = "META-INF/omninode-migrations/schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SchemaSnapshot() {}

    /** The snapshot text of {@code schema}, ending with a newline. */
    public static String toJson(Schema schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        putArray(root, "enums", schema.enums(), SchemaSnapshot::enumType);
        putArray(root, "sequences", schema.sequences(), SchemaSnapshot::sequence);
        putArray(root, "tables", schema.tables(), t -> table(t, schema));
        putArray(root, "indexes", schema.indexes(), SchemaSnapshot::index);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a schema snapshot", e);
        }
    }

    /**
     * The schema a snapshot describes.
     *
     * @throws SnapshotFormatException when the text is not a snapshot this version can read
     */
    public static Schema fromJson(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("a snapshot is a JSON object");
            }
            int version = root.path("formatVersion").asInt(-1);
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("formatVersion " + root.path("formatVersion")
                        + " is not supported; this version reads formatVersion " + FORMAT_VERSION);
            }
            List<RenameHint> hints = new ArrayList<>();
            List<Table> tables = list(root, "tables", node -> readTable(node, hints));
            return new Schema(tables, list(root, "indexes", SchemaSnapshot::readIndex),
                    list(root, "enums", SchemaSnapshot::readEnum), list(root, "sequences", SchemaSnapshot::readSequence),
                    hints);
        } catch (JsonProcessingException | RuntimeException e) {
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

    private static <T> void putArray(ObjectNode parent, String field, List<T> items, Function<T, ObjectNode> write) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode array = parent.putArray(field);
        items.forEach(item -> array.add(write.apply(item)));
    }

    private static ObjectNode named(QualifiedName name) {
        ObjectNode node = MAPPER.createObjectNode();
        putIfSet(node, "schema", name.schema());
        node.put("name", name.name());
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putStrings(ObjectNode node, String field, List<String> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(array::add);
    }

    private static ObjectNode enumType(EnumType type) {
        ObjectNode node = named(type.name());
        putStrings(node, "values", type.values());
        return node;
    }

    private static ObjectNode sequence(Sequence sequence) {
        ObjectNode node = named(sequence.name());
        options(node, sequence.options());
        return node;
    }

    private static void options(ObjectNode node, SequenceOptions options) {
        if (options.dataType() != null) {
            node.put("dataType", options.dataType().sql());
        }
        putLong(node, "startWith", options.startWith());
        putLong(node, "incrementBy", options.incrementBy());
        putLong(node, "minValue", options.minValue());
        putLong(node, "maxValue", options.maxValue());
        putLong(node, "cache", options.cache());
        if (options.cycle()) {
            node.put("cycle", true);
        }
    }

    private static void putLong(ObjectNode node, String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static ObjectNode table(Table table, Schema schema) {
        ObjectNode node = named(table.name());
        hint(schema, table.name(), null).ifPresent(from -> node.put("renamedFrom", from));
        putIfSet(node, "comment", table.comment());
        ArrayNode columns = node.putArray("columns");
        table.columns().forEach(c -> columns.add(column(c, schema, table.name())));
        if (table.primaryKey() != null) {
            ObjectNode key = node.putObject("primaryKey");
            putIfSet(key, "name", table.primaryKey().name());
            putStrings(key, "columns", table.primaryKey().columns());
        }
        putArray(node, "uniques", table.uniques(), u -> {
            ObjectNode unique = MAPPER.createObjectNode();
            putIfSet(unique, "name", u.name());
            putStrings(unique, "columns", u.columns());
            return unique;
        });
        putArray(node, "checks", table.checks(), c -> {
            ObjectNode check = MAPPER.createObjectNode();
            putIfSet(check, "name", c.name());
            check.put("expression", c.expression());
            return check;
        });
        putArray(node, "foreignKeys", table.foreignKeys(), SchemaSnapshot::foreignKey);
        return node;
    }

    private static Optional<String> hint(Schema schema, QualifiedName table, String column) {
        return schema.renameHints().stream()
                .filter(h -> h.table().equals(table) && Objects.equals(h.column(), column))
                .map(RenameHint::from).findFirst();
    }

    private static ObjectNode column(Column column, Schema schema, QualifiedName table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", column.name());
        hint(schema, table, column.name()).ifPresent(from -> node.put("renamedFrom", from));
        node.put("type", column.type().sql());
        node.put("nullable", column.nullable());
        if (column.defaultValue() instanceof ColumnDefault.Expression e) {
            node.putObject("default").put("expression", e.sql());
        } else if (column.defaultValue() instanceof ColumnDefault.Value v) {
            ObjectNode value = node.putObject("default");
            Object raw = v.value();
            if (raw instanceof Long l) {
                value.put("value", l);
            } else if (raw instanceof BigDecimal d) {
                value.put("value", d);
            } else if (raw instanceof Boolean b) {
                value.put("value", b);
            } else {
                value.put("value", raw.toString());
            }
        }
        if (column.identity() != null) {
            ObjectNode identity = node.putObject("identity");
            identity.put("generation", column.identity().generation().name().toLowerCase(Locale.ROOT));
            options(identity, column.identity().options());
        }
        putIfSet(node, "comment", column.comment());
        return node;
    }

    private static ObjectNode foreignKey(ForeignKey fk) {
        ObjectNode node = MAPPER.createObjectNode();
        putIfSet(node, "name", fk.name());
        putStrings(node, "columns", fk.columns());
        node.set("references", named(fk.referencedTable()));
        if (!fk.referencedColumns().isEmpty()) {
            putStrings(node, "referencedColumns", fk.referencedColumns());
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            node.put("onDelete", fk.onDelete().sql().toLowerCase(Locale.ROOT));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            node.put("onUpdate", fk.onUpdate().sql().toLowerCase(Locale.ROOT));
        }
        if (fk.deferrability() != Deferrability.NOT_DEFERRABLE) {
            node.put("deferrable", fk.deferrability() == Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                    ? "initially deferred" : "initially immediate");
        }
        return node;
    }

    private static ObjectNode index(Index index) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", index.name());
        node.set("table", named(index.table()));
        ArrayNode keys = node.putArray("keys");
        for (IndexKey key : index.keys()) {
            ObjectNode item = keys.addObject();
            putIfSet(item, "column", key.column());
            putIfSet(item, "expression", key.expression());
            if (key.descending()) {
                item.put("descending", true);
            }
        }
        if (index.unique()) {
            node.put("unique", true);
        }
        if (index.method() != IndexMethod.BTREE) {
            node.put("method", index.method().sql());
        }
        if (!index.include().isEmpty()) {
            putStrings(node, "include", index.include());
        }
        putIfSet(node, "where", index.where());
        return node;
    }

    // ---- reading

    private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        for (JsonNode node : parent.path(field)) {
            items.add(read.apply(node));
        }
        return items;
    }

    private static List<String> strings(JsonNode parent, String field) {
        return list(parent, field, JsonNode::asText);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("\"" + field + "\" is missing in " + node);
        }
        return value;
    }

    private static Long longValue(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asLong() : null;
    }

    private static QualifiedName qualified(JsonNode node) {
        return QualifiedName.of(text(node, "schema"), required(node, "name"));
    }

    private static EnumType readEnum(JsonNode node) {
        return new EnumType(qualified(node), strings(node, "values"));
    }

    private static SequenceOptions readOptions(JsonNode node) {
        String dataType = text(node, "dataType");
        return new SequenceOptions(dataType == null ? null : SqlType.of(dataType), longValue(node, "startWith"),
                longValue(node, "incrementBy"), longValue(node, "minValue"), longValue(node, "maxValue"),
                longValue(node, "cache"), node.path("cycle").asBoolean(false));
    }

    private static Sequence readSequence(JsonNode node) {
        return new Sequence(qualified(node), readOptions(node));
    }

    private static Table readTable(JsonNode node, List<RenameHint> hints) {
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
        JsonNode key = node.get("primaryKey");
        PrimaryKey primaryKey = key == null ? null : new PrimaryKey(text(key, "name"), strings(key, "columns"));
        return new Table(name, columns, primaryKey,
                list(node, "uniques", u -> new Unique(text(u, "name"), strings(u, "columns"))),
                list(node, "checks", c -> new CheckConstraint(text(c, "name"), required(c, "expression"))),
                list(node, "foreignKeys", SchemaSnapshot::readForeignKey), text(node, "comment"));
    }

    private static Column readColumn(JsonNode node) {
        JsonNode defaultNode = node.get("default");
        ColumnDefault defaultValue = null;
        if (defaultNode != null) {
            JsonNode value = defaultNode.get("value");
            if (value == null) {
                defaultValue = ColumnDefault.expression(required(defaultNode, "expression"));
            } else if (value.isIntegralNumber() && value.canConvertToLong()) {
                defaultValue = ColumnDefault.value(value.asLong());
            } else if (value.isNumber()) {
                defaultValue = ColumnDefault.value(value.decimalValue());
            } else if (value.isBoolean()) {
                defaultValue = ColumnDefault.value(value.asBoolean());
            } else {
                defaultValue = ColumnDefault.value(value.asText());
            }
        }
        JsonNode identityNode = node.get("identity");
        Identity identity = identityNode == null ? null : new Identity(
                Identity.Generation.valueOf(required(identityNode, "generation").toUpperCase(Locale.ROOT)),
                readOptions(identityNode));
        return new Column(required(node, "name"), SqlType.of(required(node, "type")),
                node.path("nullable").asBoolean(true), defaultValue, identity, text(node, "comment"));
    }

    private static ForeignKey readForeignKey(JsonNode node) {
        String deferrable = text(node, "deferrable");
        return new ForeignKey(text(node, "name"), strings(node, "columns"), qualified(node.path("references")),
                strings(node, "referencedColumns"), action(text(node, "onDelete")), action(text(node, "onUpdate")),
                deferrable == null ? Deferrability.NOT_DEFERRABLE
                        : deferrable.equals("initially deferred") ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                        : Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);
    }

    private static ReferentialAction action(String sql) {
        return sql == null ? ReferentialAction.NO_ACTION
                : ReferentialAction.valueOf(sql.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private static Index readIndex(JsonNode node) {
        List<IndexKey> keys = list(node, "keys", k -> new IndexKey(text(k, "column"), text(k, "expression"),
                k.path("descending").asBoolean(false)));
        String method = text(node, "method");
        return new Index(required(node, "name"), qualified(node.path("table")), keys,
                node.path("unique").asBoolean(false),
                method == null ? IndexMethod.BTREE : IndexMethod.valueOf(method.toUpperCase(Locale.ROOT)),
                strings(node, "include"), text(node, "where"));
    }
}
