package io.omninode.migrations.schema.diff;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.DefaultNames;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Extension;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.schema.change.AddCheck;
import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddExclusion;
import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AddForeignKey;
import io.omninode.migrations.schema.change.AddIdentity;
import io.omninode.migrations.schema.change.AddPrimaryKey;
import io.omninode.migrations.schema.change.AddUnique;
import io.omninode.migrations.schema.change.AlterColumnDefault;
import io.omninode.migrations.schema.change.AlterColumnNullability;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.AlterSequence;
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
import io.omninode.migrations.schema.change.DropSequence;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.RenameColumn;
import io.omninode.migrations.schema.change.RenameTable;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.change.SetIdentityGeneration;
import io.omninode.migrations.schema.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The changes that turn one schema into another, as the same {@link SchemaChange} values that
 * {@code Operations} produces, in an order PostgreSQL accepts:
 *
 * <ol>
 *   <li>declared renames (tables, then columns) from the target's {@link RenameHint}s;</li>
 *   <li>new extensions, whose types and operator classes columns and indexes may use;</li>
 *   <li>new enum types and new enum labels, before any column uses them; an enum that lost or reordered
 *       labels is recreated, its columns going through {@code text};</li>
 *   <li>new sequences; then foreign keys, indexes and constraints that go away or change are dropped,
 *       foreign keys first, so that no table or column is dropped while something depends on it;</li>
 *   <li>dropped tables and columns; new tables (without their foreign keys) and columns; column changes;</li>
 *   <li>new constraints and indexes; then foreign keys, once every referenced table exists;</li>
 *   <li>extensions, enum types and sequences nobody uses any more.</li>
 * </ol>
 *
 * <p>Renames are never guessed: a column that disappears while another appears is a drop and an
 * add, reported as a {@link RenameCandidate} with the fix. Destructive changes are
 * {@link SchemaChange#destructive()}.
 *
 * <pre>{@code
 * List<SchemaChange> upgrade = SchemaDiff.between(headSnapshot, entities);
 * List<SchemaChange> downgrade = SchemaDiff.reverse(headSnapshot, entities);
 * }</pre>
 */
public final class SchemaDiff {

    private static final Pattern IDENTIFIER = Pattern.compile("\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_$]*)");

    /**
     * The source schema after the declared renames and enum recreations, the only changes applied
     * as they are emitted; every other step compares it with the target directly, by name lookups,
     * so a diff is linear in the size of the schemas.
     */
    private Schema current;
    private final Schema target;
    private final Map<QualifiedName, Table> targetTables = new HashMap<>();
    private final Map<QualifiedName, Table> currentTables = new HashMap<>();
    /** Tables the same on both sides (most of a check's): compared once, then left out of each step. */
    private final Set<QualifiedName> unchanged = new HashSet<>();
    /** By table, the columns whose generation expression changes (see {@link #onRecomputed(Index)}); mostly none. */
    private final Map<QualifiedName, Set<String>> recomputed = new HashMap<>();
    private final List<SchemaChange> changes = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();

    private SchemaDiff(Schema from, Schema target) {
        this.current = from.withRenameHints(List.of());
        this.target = target;
        target.tables().forEach(t -> targetTables.put(t.name(), t));
    }

    /** The changes from {@code from} to {@code to}, following {@code to}'s rename hints. */
    public static List<SchemaChange> between(Schema from, Schema to) {
        return compare(from, to).changes();
    }

    /** The changes from {@code to} back to {@code from}: a migration's downgrade, undoing {@code to}'s renames. */
    public static List<SchemaChange> reverse(Schema from, Schema to) {
        return compare(to, from.withRenameHints(invert(to.renameHints()))).changes();
    }

    /** The changes from {@code from} to {@code to}, with what may be undeclared renames. */
    public static DiffResult compare(Schema from, Schema to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        SchemaDiff diff = new SchemaDiff(from, to);
        diff.run();
        return new DiffResult(diff.changes, diff.summary, diff.renameCandidates());
    }

    /**
     * What {@code change} is about, for grouping a review: {@code table node} for a change to a table or
     * anything on it (an index dropped by name is found in {@code from}), else the object, {@code enum status}.
     */
    public static String subject(Schema from, SchemaChange change) {
        return change.accept(new ChangeSubject(from));
    }

    private void run() {
        renames();
        enumsAndSequencesFirst();
        current.tables().forEach(t -> currentTables.put(t.name(), t));
        currentTables.forEach((name, table) -> {
            if (table.equals(targetTables.get(name))) {
                unchanged.add(name);
            }
        });
        findRecomputed();
        dropDependents();
        tablesAndColumns();
        constraintsAndIndexes();
        foreignKeys();
        sequenceOwners();
        dropUnused();
    }

    /** Emits a change that later steps must see in {@link #current}. */
    private void apply(SchemaChange change) {
        apply(change, null);
    }

    private void apply(SchemaChange change, SqlType oldType) {
        emit(change, oldType);
        current = current.apply(change);
    }

    private void emit(SchemaChange change) {
        emit(change, null);
    }

    /** @param oldType the column's type before an {@link AlterColumnType}, for the summary */
    private void emit(SchemaChange change, SqlType oldType) {
        changes.add(change);
        summary.add(change.accept(new ChangeDescriber(oldType)) + (change.destructive() ? "  (destructive)" : ""));
    }

    private void renames() {
        for (RenameHint hint : target.renameHints()) {
            QualifiedName old = hint.table().withName(hint.from());
            if (hint.isTable() && current.table(old).isPresent() && current.table(hint.table()).isEmpty()
                    && target.table(old).isEmpty()) {
                apply(new RenameTable(old, hint.table().name()));
            }
        }
        for (RenameHint hint : target.renameHints()) {
            if (hint.isTable()) {
                continue;
            }
            Optional<Table> now = current.table(hint.table());
            Optional<Table> wanted = target.table(hint.table());
            if (now.isPresent() && wanted.isPresent() && column(now.get(), hint.from()).isPresent()
                    && column(now.get(), hint.column()).isEmpty() && column(wanted.get(), hint.from()).isEmpty()) {
                apply(new RenameColumn(hint.table(), hint.from(), hint.column()));
            }
        }
    }

    private void enumsAndSequencesFirst() {
        // a schema named by @Table(schema) may not exist yet; IF NOT EXISTS, as one without objects is not modelled
        Set<String> present = schemasOf(current);
        for (String schema : schemasOf(target)) {
            if (!present.contains(schema)) {
                emit(new CreateSchema(schema, true));
            }
        }
        // an extension's types and operator classes may be used by any column or index
        for (Extension wanted : target.extensions()) {
            if (!current.extensions().contains(wanted)) {
                if (current.extensions().stream().anyMatch(e -> e.name().equals(wanted.name()))) {
                    emit(new DropExtension(wanted.name(), false, false));
                }
                emit(new CreateExtension(wanted.name(), wanted.schema(), false));
            }
        }
        for (EnumType wanted : target.enums()) {
            Optional<EnumType> existing = current.enumType(wanted.name());
            if (existing.isEmpty()) {
                emit(new CreateEnum(wanted));
            } else if (!existing.get().equals(wanted)) {
                alterEnum(existing.get(), wanted);
            }
        }
        for (Sequence wanted : target.sequences()) {
            Optional<Sequence> existing = current.sequences().stream()
                    .filter(s -> s.name().equals(wanted.name())).findFirst();
            // A new owner is set once its table exists (sequenceOwners); an owner that changes lets go here,
            // so that dropping its old column or table does not take the sequence along.
            Sequence early = wanted.ownedBy(existing.map(Sequence::ownedBy)
                    .filter(o -> o.equals(wanted.ownedBy())).orElse(null));
            if (existing.isEmpty()) {
                emit(new CreateSequence(early, false));
            } else if (!existing.get().options().equals(wanted.options())
                    && descending(existing.get()) != descending(wanted)) {
                // the current value lies outside the turned range, which ALTER refuses: start over
                emit(new DropSequence(wanted.name(), false, false));
                emit(new CreateSequence(early, false));
            } else if (!existing.get().equals(early)) {
                // ALTER keeps the current value and every default that calls the sequence
                emit(new AlterSequence(early));
            }
        }
        Set<QualifiedName> wanted = target.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        for (Sequence unwanted : current.sequences()) {
            if (!wanted.contains(unwanted.name()) && unwanted.ownedBy() != null) {
                // dropped last, by name; its owner may go first, and would take it along
                emit(new AlterSequence(unwanted.ownedBy((Sequence.Owner) null)));
            }
        }
    }

    /** Owners set after the tables and columns they name exist. */
    private void sequenceOwners() {
        for (Sequence wanted : target.sequences()) {
            boolean owned = current.sequences().stream()
                    .anyMatch(s -> s.name().equals(wanted.name()) && Objects.equals(s.ownedBy(), wanted.ownedBy()));
            if (wanted.ownedBy() != null && !owned) {
                emit(new AlterSequence(wanted));
            }
        }
    }

    private static boolean descending(Sequence sequence) {
        return sequence.options().incrementBy() != null && sequence.options().incrementBy() < 0;
    }

    /** The schemas a schema model names explicitly (its default one is unnamed), sorted. */
    private static Set<String> schemasOf(Schema schema) {
        Set<String> named = new TreeSet<>();
        Stream.of(schema.tables().stream().map(Table::name), schema.enums().stream().map(EnumType::name),
                        schema.sequences().stream().map(Sequence::name))
                .flatMap(names -> names).map(QualifiedName::schema).filter(Objects::nonNull).forEach(named::add);
        return named;
    }

    private void alterEnum(EnumType existing, EnumType wanted) {
        List<String> kept = wanted.values().stream().filter(existing.values()::contains).toList();
        if (kept.equals(existing.values())) {
            // only additions: ADD VALUE keeps the data
            for (int i = 0; i < wanted.values().size(); i++) {
                String value = wanted.values().get(i);
                if (!existing.values().contains(value)) {
                    String after = i > 0 ? wanted.values().get(i - 1) : null;
                    String before = after == null && !kept.isEmpty() ? kept.get(0) : null;
                    emit(new AddEnumValue(wanted.name(), value, before, after, false));
                }
            }
            return;
        }
        // PostgreSQL cannot drop or reorder labels: park the columns in text, recreate the type
        for (Table table : current.tables()) {
            for (Column column : table.columns()) {
                if (Schema.isEnumType(column.type(), existing.name())) {
                    if (column.defaultValue() != null) {
                        apply(new AlterColumnDefault(table.name(), column.name(), null));
                    }
                    SqlType text = SqlType.of(column.type().sql().endsWith("]") ? "text[]" : "text");
                    apply(new AlterColumnType(table.name(), column.name(), text,
                            using(column.name(), column.type(), text)), column.type());
                }
            }
        }
        apply(new DropEnum(existing.name(), false, false));
        apply(new CreateEnum(wanted));
    }

    private void dropDependents() {
        for (Table table : current.tables()) {
            Table wanted = targetTables.get(table.name());
            if (unchanged.contains(table.name())) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                if (wanted == null || !wanted.foreignKeys().contains(fk) && !validates(fk, wanted.foreignKeys())) {
                    emit(new DropConstraint(table.name(), fkName(table, fk), false, false));
                }
            }
        }
        Set<Index> targetIndexes = new HashSet<>(target.indexes());
        for (Index index : current.indexes()) {
            if (targetTables.containsKey(index.table()) && (!targetIndexes.contains(index) || onRecomputed(index))) {
                emit(new DropIndex(Schema.indexName(index), false, false, false));
            }
        }
        for (Table table : current.tables()) {
            Table wanted = targetTables.get(table.name());
            if (wanted == null || unchanged.contains(table.name())) {
                continue;
            }
            if (table.primaryKey() != null && !table.primaryKey().equals(wanted.primaryKey())) {
                String name = table.primaryKey().name() != null ? table.primaryKey().name()
                        : table.name().name() + "_pkey";
                emit(new DropConstraint(table.name(), name, false, false));
            }
            for (Unique unique : table.uniques()) {
                if (!wanted.uniques().contains(unique) || onRecomputed(table.name(), unique.columns())) {
                    emit(new DropConstraint(table.name(), unique.name() != null ? unique.name()
                            : defaultName(table, unique.columns(), "key"), false, false));
                }
            }
            for (CheckConstraint check : table.checks()) {
                if (!hasCheck(wanted.checks(), check) && !validates(check, wanted.checks())) {
                    emit(new DropConstraint(table.name(), check.name() != null ? check.name()
                            : unnamedCheckName(table, check), false, false));
                }
            }
            // no rename guessing: a changed exclusion is dropped and added again
            table.exclusions().stream().filter(e -> !wanted.exclusions().contains(e))
                    .forEach(e -> emit(new DropConstraint(table.name(), e.name(), false, false)));
        }
    }

    private void tablesAndColumns() {
        for (Table table : current.tables()) {
            if (!targetTables.containsKey(table.name())) {
                emit(new DropTable(table.name(), false, false));
            }
        }
        for (Table table : current.tables()) {
            Table wanted = targetTables.get(table.name());
            // the same columns: one comparison instead of a search for each
            if (wanted == null || unchanged.contains(table.name()) || wanted.columns().equals(table.columns())) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column(wanted, column.name()).isEmpty()) {
                    emit(new DropColumn(table.name(), column.name(), false, false));
                }
            }
        }
        for (Table wanted : target.tables()) {
            Table existing = currentTables.get(wanted.name());
            if (unchanged.contains(wanted.name())) {
                continue;
            }
            if (existing == null) {
                // NOT VALID exists only for ALTER TABLE: such checks come after, with the other constraints
                emit(new CreateTable(wanted.withForeignKeys(List.of())
                        .withChecks(wanted.checks().stream().filter(CheckConstraint::valid).toList()), false));
                continue;
            }
            List<Column> columns = existing.columns().equals(wanted.columns()) ? List.of() : wanted.columns();
            for (Column column : columns) {
                Optional<Column> old = column(existing, column.name());
                if (old.isEmpty()) {
                    emit(new AddColumn(wanted.name(), column, false));
                } else if (!Objects.equals(old.get().generated(), column.generated())) {
                    // before PostgreSQL 17 a generation expression cannot be altered: the column is recomputed
                    emit(new DropColumn(wanted.name(), column.name(), false, false));
                    emit(new AddColumn(wanted.name(), column, false));
                } else if (!old.get().equals(column)) {
                    alterColumn(wanted.name(), old.get(), column);
                }
            }
            if (!Objects.equals(existing.comment(), wanted.comment())) {
                emit(new CommentOnTable(wanted.name(), wanted.comment()));
            }
        }
    }

    private void alterColumn(QualifiedName table, Column old, Column wanted) {
        String name = wanted.name();
        boolean typeChanges = !old.type().equals(wanted.type());
        boolean identityChanges = !Objects.equals(old.identity(), wanted.identity());
        boolean onlyGeneration = identityChanges && old.identity() != null && wanted.identity() != null
                && old.identity().options().equals(wanted.identity().options());
        if (identityChanges && old.identity() != null && !onlyGeneration) {
            emit(new DropIdentity(table, name, false));
        }
        boolean defaultChanges = !Objects.equals(old.defaultValue(), wanted.defaultValue());
        if (old.defaultValue() != null && (typeChanges || defaultChanges && wanted.defaultValue() == null)) {
            // an old default may not cast to the new type; a new default simply replaces the old one
            emit(new AlterColumnDefault(table, name, null));
        }
        if (typeChanges) {
            emit(new AlterColumnType(table, name, wanted.type(), using(name, old.type(), wanted.type())), old.type());
        }
        if (wanted.defaultValue() != null && (defaultChanges || typeChanges)) {
            emit(new AlterColumnDefault(table, name, wanted.defaultValue()));
        }
        // ADD IDENTITY makes the column NOT NULL by itself
        if (old.nullable() != wanted.nullable() && !(wanted.identity() != null && old.identity() == null)) {
            emit(new AlterColumnNullability(table, name, wanted.nullable()));
        }
        if (onlyGeneration) {
            emit(new SetIdentityGeneration(table, name, wanted.identity().generation()));
        } else if (identityChanges && wanted.identity() != null) {
            emit(new AddIdentity(table, name, wanted.identity()));
        }
        if (!Objects.equals(old.comment(), wanted.comment())) {
            emit(new CommentOnColumn(table, name, wanted.comment()));
        }
    }

    /** PostgreSQL casts within a type family by itself; across families (text to an enum) it needs USING. */
    private static String using(String column, SqlType from, SqlType to) {
        return base(from).equals(base(to)) ? null : SqlText.identifier(column) + "::" + to.sql();
    }

    private static String base(SqlType type) {
        int paren = type.sql().indexOf('(');
        return paren < 0 ? type.sql() : type.sql().substring(0, paren);
    }

    /** Constraints and indexes that the target has and the source (unchanged) did not: new tables carry theirs. */
    private void constraintsAndIndexes() {
        for (Table wanted : target.tables()) {
            Table table = currentTables.get(wanted.name());
            if (unchanged.contains(wanted.name())) {
                continue;
            }
            if (table == null) {
                wanted.checks().stream().filter(c -> !c.valid()).forEach(c -> emit(new AddCheck(wanted.name(), c, true)));
                continue;
            }
            if (wanted.primaryKey() != null && !wanted.primaryKey().equals(table.primaryKey())) {
                emit(new AddPrimaryKey(wanted.name(), wanted.primaryKey()));
            }
            for (Unique unique : wanted.uniques()) {
                if (!table.uniques().contains(unique) || onRecomputed(wanted.name(), unique.columns())) {
                    emit(new AddUnique(wanted.name(), unique));
                }
            }
            for (CheckConstraint check : wanted.checks()) {
                if (table.checks().contains(check.valid(false)) && check.valid()) {
                    emit(new ValidateConstraint(wanted.name(), check.name()));
                } else if (!hasCheck(table.checks(), check)) {
                    emit(new AddCheck(wanted.name(), check, !check.valid()));
                }
            }
            wanted.exclusions().stream().filter(e -> !table.exclusions().contains(e))
                    .forEach(e -> emit(new AddExclusion(wanted.name(), e)));
        }
        Set<Index> currentIndexes = new HashSet<>(current.indexes());
        for (Index index : target.indexes()) {
            if (!currentIndexes.contains(index) || onRecomputed(index)) {
                emit(new CreateIndex(index, false, false));
            }
        }
    }

    private void foreignKeys() {
        for (Table wanted : target.tables()) {
            Table table = currentTables.get(wanted.name());
            if (unchanged.contains(wanted.name())) {
                continue;
            }
            for (ForeignKey fk : wanted.foreignKeys()) {
                if (table != null && fk.valid() && table.foreignKeys().contains(fk.valid(false))) {
                    emit(new ValidateConstraint(wanted.name(), fkName(wanted, fk)));
                } else if (table == null || !table.foreignKeys().contains(fk)) {
                    emit(new AddForeignKey(wanted.name(), fk, !fk.valid()));
                }
            }
        }
    }

    private void dropUnused() {
        Set<String> wantedExtensions = target.extensions().stream().map(Extension::name).collect(Collectors.toSet());
        for (Extension extension : current.extensions()) {
            if (!wantedExtensions.contains(extension.name())) {
                emit(new DropExtension(extension.name(), false, false));
            }
        }
        Set<QualifiedName> wantedEnums = target.enums().stream().map(EnumType::name).collect(Collectors.toSet());
        for (EnumType type : current.enums()) {
            if (!wantedEnums.contains(type.name())) {
                emit(new DropEnum(type.name(), false, false));
            }
        }
        Set<QualifiedName> wanted = target.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        for (Sequence sequence : current.sequences()) {
            if (!wanted.contains(sequence.name())) {
                emit(new DropSequence(sequence.name(), false, false));
            }
        }
    }

    private List<RenameCandidate> renameCandidates() {
        List<String> droppedTables = new ArrayList<>();
        List<String> addedTables = new ArrayList<>();
        QualifiedName anyDropped = null;
        Map<QualifiedName, List<String>> droppedColumns = new LinkedHashMap<>();
        Map<QualifiedName, List<String>> addedColumns = new HashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof DropTable drop) {
                droppedTables.add(drop.table().toString());
                anyDropped = anyDropped == null ? drop.table() : anyDropped;
            } else if (change instanceof CreateTable create) {
                addedTables.add(create.table().name().toString());
            } else if (change instanceof DropColumn drop) {
                droppedColumns.computeIfAbsent(drop.table(), t -> new ArrayList<>()).add(drop.column());
            } else if (change instanceof AddColumn add) {
                addedColumns.computeIfAbsent(add.table(), t -> new ArrayList<>()).add(add.column().name());
            }
        }
        List<RenameCandidate> candidates = new ArrayList<>();
        if (!droppedTables.isEmpty() && !addedTables.isEmpty()) {
            candidates.add(new RenameCandidate(anyDropped, false, droppedTables, addedTables));
        }
        droppedColumns.forEach((table, dropped) -> {
            List<String> added = addedColumns.get(table);
            if (added != null) {
                candidates.add(new RenameCandidate(table, true, dropped, added));
            }
        });
        return candidates;
    }

    private static List<RenameHint> invert(List<RenameHint> hints) {
        List<RenameHint> inverted = new ArrayList<>();
        for (RenameHint hint : hints) {
            QualifiedName oldTable = hints.stream()
                    .filter(h -> h.isTable() && h.table().equals(hint.table()))
                    .map(h -> h.table().withName(h.from()))
                    .findFirst().orElse(hint.table());
            inverted.add(hint.isTable()
                    ? RenameHint.ofTable(oldTable, hint.table().name())
                    : RenameHint.ofColumn(oldTable, hint.from(), hint.column()));
        }
        return inverted;
    }

    /**
     * Whether the index is on a generated column whose expression changes: dropping the column (see
     * {@link #tablesAndColumns}) drops the index, which must then be created again.
     */
    private boolean onRecomputed(Index index) {
        for (IndexKey key : index.keys()) {
            if (key.column() != null && onRecomputed(index.table(), key.column())) {
                return true;
            }
        }
        return onRecomputed(index.table(), index.include());
    }

    private boolean onRecomputed(QualifiedName table, List<String> columns) {
        for (String column : columns) {
            if (onRecomputed(table, column)) {
                return true;
            }
        }
        return false;
    }

    private boolean onRecomputed(QualifiedName table, String column) {
        Set<String> columns = recomputed.get(table);
        return columns != null && columns.contains(column);
    }

    /** Once, not for each key of each index and constraint: the columns of both sides whose expression changes. */
    private void findRecomputed() {
        currentTables.forEach((name, now) -> {
            Table wanted = targetTables.get(name);
            if (wanted == null || unchanged.contains(name) || wanted.columns().equals(now.columns())) {
                return;
            }
            for (Column after : wanted.columns()) {
                Optional<Column> before = column(now, after.name());
                if (before.isPresent() && !Objects.equals(before.get().generated(), after.generated())) {
                    recomputed.computeIfAbsent(name, t -> new HashSet<>()).add(after.name());
                }
            }
        });
    }

    /** Whether a NOT VALID check only needs validating to become the wanted one. */
    private static boolean validates(CheckConstraint check, List<CheckConstraint> wanted) {
        return !check.valid() && wanted.contains(check.valid(true));
    }

    /** Whether a NOT VALID foreign key only needs validating to become the wanted one. */
    private static boolean validates(ForeignKey fk, List<ForeignKey> wanted) {
        return !fk.valid() && wanted.contains(fk.valid(true));
    }

    private static Optional<Column> column(Table table, String name) {
        // a loop: called for every column of both sides
        for (Column column : table.columns()) {
            if (column.name().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String fkName(Table table, ForeignKey fk) {
        return fk.name() != null ? fk.name() : defaultName(table, fk.columns(), "fkey");
    }

    /** An unnamed check is the same as any check with its expression: PostgreSQL named it, the model did not. */
    private static boolean hasCheck(List<CheckConstraint> checks, CheckConstraint check) {
        return checks.stream().anyMatch(c -> c.equals(check) || (c.name() == null || check.name() == null)
                && c.expression().equals(check.expression()) && c.valid() == check.valid());
    }

    /**
     * The name PostgreSQL gave an unnamed check: {@code <table>_<column>_check} after the first of the
     * table's columns the expression mentions, else {@code <table>_check}.
     */
    private static String unnamedCheckName(Table table, CheckConstraint check) {
        Matcher identifiers = IDENTIFIER.matcher(check.expression());
        Set<String> columns = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        while (identifiers.find()) {
            String name = identifiers.group(1) != null ? identifiers.group(1) : identifiers.group(2);
            if (columns.contains(name)) {
                return defaultName(table, List.of(name), "check");
            }
        }
        return table.name().name() + "_check";
    }

    private static String defaultName(Table table, List<String> columns, String suffix) {
        return DefaultNames.constraint(table.name().name(), columns, suffix);
    }
}
