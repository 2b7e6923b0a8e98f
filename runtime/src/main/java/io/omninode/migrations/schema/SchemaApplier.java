package io.omninode.migrations.schema;

import io.omninode.migrations.schema.change.AddCheck;
import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddExclusion;
import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AddForeignKey;
import io.omninode.migrations.schema.change.AddIdentity;
import io.omninode.migrations.schema.change.AddPrimaryKey;
import io.omninode.migrations.schema.change.AddUnique;
import io.omninode.migrations.schema.change.AlterSequence;
import io.omninode.migrations.schema.change.AlterColumnDefault;
import io.omninode.migrations.schema.change.AlterColumnNullability;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.BulkInsert;
import io.omninode.migrations.schema.change.CommentOnColumn;
import io.omninode.migrations.schema.change.CommentOnTable;
import io.omninode.migrations.schema.change.CreateEnum;
import io.omninode.migrations.schema.change.CreateExtension;
import io.omninode.migrations.schema.change.CreateIndex;
import io.omninode.migrations.schema.change.CreateSchema;
import io.omninode.migrations.schema.change.CreateSequence;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropColumn;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.DropEnum;
import io.omninode.migrations.schema.change.DropExtension;
import io.omninode.migrations.schema.change.DropIdentity;
import io.omninode.migrations.schema.change.DropIndex;
import io.omninode.migrations.schema.change.DropSchema;
import io.omninode.migrations.schema.change.DropSequence;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.ExecuteSql;
import io.omninode.migrations.schema.change.RenameColumn;
import io.omninode.migrations.schema.change.RenameConstraint;
import io.omninode.migrations.schema.change.RenameEnumValue;
import io.omninode.migrations.schema.change.RenameIndex;
import io.omninode.migrations.schema.change.RenameTable;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.change.SetIdentityGeneration;
import io.omninode.migrations.schema.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Applies one change to an in-memory schema the way PostgreSQL applies it to a database, refusing
 * what PostgreSQL would refuse (a missing table, a duplicate name, dropping what others depend on
 * without {@code CASCADE}) with an {@link IllegalStateException}.
 */
final class SchemaApplier implements SchemaChange.Visitor<Schema> {

    private final Schema schema;

    SchemaApplier(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Schema visit(CreateTable change) {
        // constraints written in CREATE TABLE are checked at once: NOT VALID exists only for ALTER TABLE
        Table table = change.table()
                .withChecks(change.table().checks().stream().map(c -> c.valid(true)).toList())
                .withForeignKeys(change.table().foreignKeys().stream().map(fk -> fk.valid(true)).toList());
        if (schema.table(table.name()).isPresent()) {
            return ifNot(change.ifNotExists(), "table " + table.name() + " already exists");
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            if (!foreignKey.referencedTable().equals(table.name())) {
                table(foreignKey.referencedTable());
            }
        }
        if (table.primaryKey() != null) {
            table = notNull(table, table.primaryKey().columns());
        }
        return schema.withTables(Schema.with(schema.tables(), table));
    }

    @Override
    public Schema visit(DropTable change) {
        if (schema.table(change.table()).isEmpty()) {
            return ifNot(change.ifExists(), "table " + change.table() + " does not exist");
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            if (table.name().equals(change.table())) {
                continue;
            }
            List<ForeignKey> kept = Schema.without(table.foreignKeys(), fk -> fk.referencedTable().equals(change.table()));
            if (kept.size() < table.foreignKeys().size() && !change.cascade()) {
                throw new IllegalStateException("cannot drop table " + change.table() + ": a foreign key of "
                        + table.name() + " references it (drop that key first, or CASCADE)");
            }
            tables.add(table.withForeignKeys(kept));
        }
        // a sequence owned by one of its columns goes with the table
        return schema.withTables(tables)
                .withIndexes(Schema.without(schema.indexes(), i -> i.table().equals(change.table())))
                .withSequences(Schema.without(schema.sequences(), s -> change.table().equals(s.ownerTable())));
    }

    @Override
    public Schema visit(RenameTable change) {
        QualifiedName to = change.table().withName(change.newName());
        requireAbsent(to);
        Schema renamed = updateTable(change.table(), t -> t.withName(to));
        List<Table> tables = renamed.tables().stream().map(t -> t.withForeignKeys(t.foreignKeys().stream()
                .map(fk -> fk.referencedTable().equals(change.table())
                        ? fk.withReferencedTable(to)
                        : fk)
                .toList())).toList();
        List<Index> indexes = renamed.indexes().stream()
                .map(i -> i.table().equals(change.table()) ? i.onTable(to) : i).toList();
        List<Sequence> sequences = renamed.sequences().stream().map(s -> change.table().equals(s.ownerTable())
                ? s.ownedBy(change.newName(), s.ownedBy().column()) : s).toList();
        return renamed.withTables(tables).withIndexes(indexes).withSequences(sequences);
    }

    @Override
    public Schema visit(CommentOnTable change) {
        return updateTable(change.table(), t -> t.comment(change.comment()));
    }

    @Override
    public Schema visit(AddColumn change) {
        Table table = table(change.table());
        if (column(table, change.column().name()) != null) {
            return ifNot(change.ifNotExists(), "column " + change.column().name() + " of " + table.name()
                    + " already exists");
        }
        return updateTable(change.table(), t -> t.column(change.column()));
    }

    @Override
    public Schema visit(DropColumn change) {
        Table table = table(change.table());
        String name = change.column();
        if (column(table, name) == null) {
            return ifNot(change.ifExists(), "column " + name + " of " + table.name() + " does not exist");
        }
        boolean referenced = schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equals(change.table()) && fk.referencedColumns().contains(name));
        if (referenced && !change.cascade()) {
            throw new IllegalStateException("cannot drop column " + name + " of " + table.name()
                    + ": a foreign key references it (drop that key first, or CASCADE)");
        }
        // PostgreSQL drops the indexes and constraints that involve the column along with it.
        // One construction, not a chain of with...: every intermediate table would name a missing column.
        Table dropped = new Table(table.name(), Schema.without(table.columns(), c -> c.name().equals(name)),
                table.primaryKey() != null && table.primaryKey().columns().contains(name) ? null : table.primaryKey(),
                Schema.without(table.uniques(), u -> u.columns().contains(name)), table.checks(),
                Schema.without(table.foreignKeys(), fk -> fk.columns().contains(name)), table.comment(),
                Schema.without(table.exclusions(), e -> e.elements().stream().anyMatch(x -> x.expression().equals(name))));
        List<Table> tables = schema.tables().stream().map(t -> t.name().equals(table.name()) ? dropped
                : t.withForeignKeys(Schema.without(t.foreignKeys(), fk -> fk.referencedTable().equals(table.name())
                        && fk.referencedColumns().contains(name)))).toList();
        return schema.withTables(tables).withIndexes(Schema.without(schema.indexes(), i -> i.table().equals(table.name())
                && (i.include().contains(name) || i.keys().stream().anyMatch(k -> name.equals(k.column())))))
                .withSequences(Schema.without(schema.sequences(), s -> ownedBy(s, table.name(), name)));
    }

    private static boolean ownedBy(Sequence sequence, QualifiedName table, String column) {
        return table.equals(sequence.ownerTable()) && sequence.ownedBy().column().equals(column);
    }

    @Override
    public Schema visit(RenameColumn change) {
        Table table = table(change.table());
        String from = change.column();
        String to = change.newName();
        column(table, from, true);
        if (column(table, to) != null) {
            throw new IllegalStateException("column " + to + " of " + table.name() + " already exists");
        }
        UnaryOperator<List<String>> rename = names -> names.stream().map(n -> n.equals(from) ? to : n).toList();
        // One construction, not a chain of with...: every intermediate table would name a missing column.
        Table renamed = new Table(table.name(),
                table.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList(),
                table.primaryKey() == null ? null
                        : table.primaryKey().withColumns(rename.apply(table.primaryKey().columns())),
                table.uniques().stream().map(u -> u.withColumns(rename.apply(u.columns()))).toList(),
                table.checks(),
                table.foreignKeys().stream().map(fk -> fk.withColumns(rename.apply(fk.columns()))).toList(),
                table.comment(),
                table.exclusions().stream().map(e -> e.withElements(e.elements().stream()
                        .map(x -> x.expression().equals(from) ? Exclusion.Element.of(to, x.operator()) : x).toList()))
                        .toList());
        List<Table> tables = schema.tables().stream().map(t -> t.name().equals(table.name()) ? renamed : t)
                .map(t -> t.withForeignKeys(t.foreignKeys().stream().map(fk -> fk.referencedTable().equals(table.name())
                        ? fk.withReferencedColumns(rename.apply(fk.referencedColumns()))
                        : fk).toList()))
                .toList();
        List<Index> indexes = schema.indexes().stream().map(i -> !i.table().equals(table.name()) ? i
                : i.withColumns(i.keys().stream()
                        .map(k -> from.equals(k.column()) ? k.onColumn(to) : k).toList(),
                        rename.apply(i.include())))
                .toList();
        List<Sequence> sequences = schema.sequences().stream()
                .map(s -> ownedBy(s, table.name(), from) ? s.ownedBy(s.ownedBy().table(), to) : s).toList();
        return schema.withTables(tables).withIndexes(indexes).withSequences(sequences);
    }

    @Override
    public Schema visit(AlterColumnType change) {
        return updateColumn(change.table(), change.column(), c -> c.withType(change.type()));
    }

    @Override
    public Schema visit(AlterColumnNullability change) {
        return updateColumn(change.table(), change.column(), c -> c.nullable(change.nullable()));
    }

    @Override
    public Schema visit(AlterColumnDefault change) {
        return updateColumn(change.table(), change.column(), c -> c.withDefault(change.defaultValue()));
    }

    @Override
    public Schema visit(AddIdentity change) {
        return updateColumn(change.table(), change.column(), c -> {
            if (c.nullable()) {
                throw new IllegalStateException("column " + c.name() + " of " + change.table()
                        + " must be NOT NULL before an identity can be added");
            }
            return c.identity(change.identity());
        });
    }

    @Override
    public Schema visit(DropIdentity change) {
        Column column = column(table(change.table()), change.column(), true);
        if (column.identity() == null) {
            return ifNot(change.ifExists(), "column " + change.column() + " of " + change.table()
                    + " is not an identity column");
        }
        return updateColumn(change.table(), change.column(), c -> c.identity(null).nullable(false));
    }

    @Override
    public Schema visit(SetIdentityGeneration change) {
        return updateColumn(change.table(), change.column(), c -> {
            if (c.identity() == null) {
                throw new IllegalStateException("column " + c.name() + " of " + change.table()
                        + " is not an identity column");
            }
            return c.identity(new Identity(change.generation(), c.identity().options()));
        });
    }

    @Override
    public Schema visit(CommentOnColumn change) {
        return updateColumn(change.table(), change.column(), c -> c.comment(change.comment()));
    }

    @Override
    public Schema visit(CreateIndex change) {
        table(change.index().table());
        QualifiedName name = Schema.indexName(change.index());
        if (schema.indexes().stream().anyMatch(i -> Schema.indexName(i).equals(name))) {
            return ifNot(change.ifNotExists(), "index " + name + " already exists");
        }
        return schema.withIndexes(Schema.with(schema.indexes(), change.index()));
    }

    @Override
    public Schema visit(DropIndex change) {
        List<Index> kept = Schema.without(schema.indexes(), i -> Schema.indexName(i).equals(change.index()));
        if (kept.size() == schema.indexes().size()) {
            return ifNot(change.ifExists(), "index " + change.index() + " does not exist");
        }
        return schema.withIndexes(kept);
    }

    @Override
    public Schema visit(RenameIndex change) {
        Index index = schema.indexes().stream().filter(i -> Schema.indexName(i).equals(change.index())).findFirst()
                .orElseThrow(() -> new IllegalStateException("index " + change.index() + " does not exist"));
        List<Index> indexes = Schema.without(schema.indexes(), i -> i == index);
        indexes.add(index.withName(change.newName()));
        return schema.withIndexes(indexes);
    }

    @Override
    public Schema visit(AddPrimaryKey change) {
        Table table = table(change.table());
        if (table.primaryKey() != null) {
            throw new IllegalStateException("table " + table.name() + " already has a primary key");
        }
        return updateTable(change.table(), t -> notNull(t, change.primaryKey().columns()).primaryKey(change.primaryKey()));
    }

    @Override
    public Schema visit(AddForeignKey change) {
        table(change.foreignKey().referencedTable());
        return updateTable(change.table(),
                t -> t.foreignKey(change.foreignKey().valid(change.foreignKey().valid() && !change.notValid())));
    }

    @Override
    public Schema visit(AddUnique change) {
        return updateTable(change.table(), t -> t.unique(change.unique()));
    }

    @Override
    public Schema visit(AddCheck change) {
        return updateTable(change.table(),
                t -> t.check(change.check().valid(change.check().valid() && !change.notValid())));
    }

    @Override
    public Schema visit(AddExclusion change) {
        return updateTable(change.table(), t -> t.exclusion(change.exclusion()));
    }

    @Override
    public Schema visit(DropConstraint change) {
        Table table = table(change.table());
        String name = change.name();
        boolean isKey = table.primaryKey() != null && name.equals(table.primaryKey().name());
        Table dropped = table.primaryKey(isKey ? null : table.primaryKey())
                .withUniques(Schema.without(table.uniques(), u -> name.equals(u.name())))
                .withChecks(Schema.without(table.checks(), c -> name.equals(c.name())))
                .withForeignKeys(Schema.without(table.foreignKeys(), fk -> name.equals(fk.name())))
                .withExclusions(Schema.without(table.exclusions(), e -> name.equals(e.name())));
        if (dropped.equals(table)) {
            return ifNot(change.ifExists(), "constraint " + name + " of " + table.name() + " does not exist");
        }
        return updateTable(change.table(), t -> dropped);
    }

    @Override
    public Schema visit(RenameConstraint change) {
        Table table = table(change.table());
        String from = change.name();
        String to = change.newName();
        PrimaryKey key = table.primaryKey();
        Table renamed = table.primaryKey(key != null && from.equals(key.name()) ? key.named(to) : key)
                .withUniques(table.uniques().stream().map(u -> from.equals(u.name()) ? u.named(to) : u).toList())
                .withChecks(table.checks().stream()
                        .map(c -> from.equals(c.name()) ? CheckConstraint.of(to, c.expression()) : c).toList())
                .withForeignKeys(table.foreignKeys().stream().map(fk -> from.equals(fk.name()) ? fk.named(to) : fk)
                        .toList())
                .withExclusions(table.exclusions().stream().map(e -> from.equals(e.name()) ? e.named(to) : e).toList());
        if (renamed.equals(table)) {
            throw new IllegalStateException("constraint " + from + " of " + table.name() + " does not exist");
        }
        return updateTable(change.table(), t -> renamed);
    }

    @Override
    public Schema visit(ValidateConstraint change) {
        String name = change.name();
        return updateTable(change.table(), t -> t
                .withChecks(t.checks().stream().map(c -> name.equals(c.name()) ? c.valid(true) : c).toList())
                .withForeignKeys(t.foreignKeys().stream()
                        .map(fk -> name.equals(fk.name()) ? fk.valid(true) : fk).toList()));
    }

    @Override
    public Schema visit(CreateEnum change) {
        if (schema.enumType(change.type().name()).isPresent()) {
            throw new IllegalStateException("type " + change.type().name() + " already exists");
        }
        return schema.withEnums(Schema.with(schema.enums(), change.type()));
    }

    @Override
    public Schema visit(DropEnum change) {
        if (schema.enumType(change.type()).isEmpty()) {
            return ifNot(change.ifExists(), "type " + change.type() + " does not exist");
        }
        boolean used = schema.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> Schema.isEnumType(c.type(), change.type()));
        if (used) {
            // CASCADE would drop the columns too; the model refuses rather than guess which
            throw new IllegalStateException("cannot drop type " + change.type() + ": columns use it");
        }
        return schema.withEnums(Schema.without(schema.enums(), e -> e.name().equals(change.type())));
    }

    @Override
    public Schema visit(AddEnumValue change) {
        EnumType type = schema.enumType(change.type())
                .orElseThrow(() -> new IllegalStateException("type " + change.type() + " does not exist"));
        List<String> values = new ArrayList<>(type.values());
        if (values.contains(change.value())) {
            return ifNot(change.ifNotExists(), "enum label " + change.value() + " already exists in " + type.name());
        }
        String anchor = change.before() != null ? change.before() : change.after();
        int at = anchor == null ? values.size() : values.indexOf(anchor);
        if (at < 0) {
            throw new IllegalStateException("enum " + type.name() + " has no label " + anchor);
        }
        values.add(change.after() != null ? at + 1 : at, change.value());
        return replaceEnum(new EnumType(type.name(), values));
    }

    @Override
    public Schema visit(RenameEnumValue change) {
        EnumType type = schema.enumType(change.type())
                .orElseThrow(() -> new IllegalStateException("type " + change.type() + " does not exist"));
        if (!type.values().contains(change.value())) {
            throw new IllegalStateException("enum " + type.name() + " has no label " + change.value());
        }
        return replaceEnum(new EnumType(type.name(), type.values().stream()
                .map(v -> v.equals(change.value()) ? change.newValue() : v).toList()));
    }

    @Override
    public Schema visit(CreateSequence change) {
        if (schema.sequences().stream().anyMatch(s -> s.name().equals(change.sequence().name()))) {
            return ifNot(change.ifNotExists(), "sequence " + change.sequence().name() + " already exists");
        }
        return schema.withSequences(Schema.with(schema.sequences(), change.sequence()));
    }

    @Override
    public Schema visit(AlterSequence change) {
        QualifiedName name = change.sequence().name();
        if (schema.sequences().stream().noneMatch(s -> s.name().equals(name))) {
            throw new IllegalStateException("sequence " + name + " does not exist");
        }
        return schema.withSequences(Schema.with(Schema.without(schema.sequences(), s -> s.name().equals(name)),
                change.sequence()));
    }

    @Override
    public Schema visit(DropSequence change) {
        List<Sequence> kept = Schema.without(schema.sequences(), s -> s.name().equals(change.sequence()));
        if (kept.size() == schema.sequences().size()) {
            return ifNot(change.ifExists(), "sequence " + change.sequence() + " does not exist");
        }
        return schema.withSequences(kept);
    }

    @Override
    public Schema visit(CreateSchema change) {
        return schema; // the model names schemas through its objects only
    }

    @Override
    public Schema visit(DropSchema change) {
        String name = change.name();
        boolean occupied = schema.tables().stream().anyMatch(t -> name.equals(t.name().schema()))
                || schema.enums().stream().anyMatch(e -> name.equals(e.name().schema()))
                || schema.sequences().stream().anyMatch(s -> name.equals(s.name().schema()));
        if (occupied && !change.cascade()) {
            throw new IllegalStateException("cannot drop schema " + name + ": it is not empty (CASCADE drops its objects)");
        }
        return new Schema(Schema.without(schema.tables(), t -> name.equals(t.name().schema())),
                Schema.without(schema.indexes(), i -> name.equals(i.table().schema())),
                Schema.without(schema.enums(), e -> name.equals(e.name().schema())),
                Schema.without(schema.sequences(), s -> name.equals(s.name().schema())), Schema.without(schema.extensions(), e -> name.equals(e.schema())), schema.renameHints());
    }

    @Override
    public Schema visit(CreateExtension change) {
        // the functions and types it adds are the extension's, outside the model
        boolean installed = schema.extensions().stream().anyMatch(e -> e.name().equals(change.name()));
        if (installed && !change.ifNotExists()) {
            throw new IllegalStateException("extension " + change.name() + " is already installed");
        }
        return installed ? schema
                : schema.withExtensions(Schema.with(schema.extensions(), new Extension(change.name(), change.schema())));
    }

    @Override
    public Schema visit(DropExtension change) {
        return schema.withExtensions(Schema.without(schema.extensions(), e -> e.name().equals(change.name())));
    }

    @Override
    public Schema visit(ExecuteSql change) {
        return schema; // raw SQL is opaque to the model
    }

    @Override
    public Schema visit(BulkInsert change) {
        return schema;
    }

    private Schema ifNot(boolean tolerated, String problem) {
        if (tolerated) {
            return schema;
        }
        throw new IllegalStateException(problem);
    }

    private Table table(QualifiedName name) {
        return schema.table(name).orElseThrow(() -> new IllegalStateException("table " + name + " does not exist"));
    }

    private void requireAbsent(QualifiedName name) {
        if (schema.table(name).isPresent()) {
            throw new IllegalStateException("table " + name + " already exists");
        }
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static Column column(Table table, String name, boolean required) {
        Column column = column(table, name);
        if (column == null && required) {
            throw new IllegalStateException("column " + name + " of " + table.name() + " does not exist");
        }
        return column;
    }

    private Schema updateTable(QualifiedName name, UnaryOperator<Table> update) {
        Table table = table(name);
        return schema.withTables(schema.tables().stream().map(t -> t == table ? update.apply(t) : t).toList());
    }

    private Schema updateColumn(QualifiedName table, String name, UnaryOperator<Column> update) {
        column(table(table), name, true);
        return updateTable(table, t -> t.withColumns(
                t.columns().stream().map(c -> c.name().equals(name) ? Objects.requireNonNull(update.apply(c)) : c)
                        .toList()));
    }

    private Schema replaceEnum(EnumType type) {
        return schema.withEnums(Schema.with(Schema.without(schema.enums(), e -> e.name().equals(type.name())), type));
    }

    /** A primary key makes its columns NOT NULL. */
    private static Table notNull(Table table, List<String> columns) {
        return table.withColumns(
                table.columns().stream().map(c -> columns.contains(c.name()) ? c.nullable(false) : c).toList());
    }
}
