package io.omninode.migrations.internal.lint;

import io.omninode.migrations.HazardRule;
import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.change.AddCheck;
import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddEnumValue;
import io.omninode.migrations.schema.change.AddExclusion;
import io.omninode.migrations.schema.change.AddForeignKey;
import io.omninode.migrations.schema.change.AddIdentity;
import io.omninode.migrations.schema.change.AddPrimaryKey;
import io.omninode.migrations.schema.change.AddUnique;
import io.omninode.migrations.schema.change.AlterColumnDefault;
import io.omninode.migrations.schema.change.AlterColumnNullability;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.AlterSequence;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The static rules: one revision's changes read against the schema before it. A table created in the same
 * revision is never a hazard (it is empty and nobody uses it yet); every other table counts as existing.
 */
final class StaticRules implements SchemaChange.Visitor<Void> {

    private static final Pattern SETS_LOCK_TIMEOUT =
            Pattern.compile("(?is)\\s*(set\\s+(local\\s+)?lock_timeout\\b|select\\s+set_config\\s*\\(\\s*'lock_timeout').*");
    /** Functions PostgreSQL marks volatile that appear in column defaults; now() and friends are stable. */
    private static final Pattern VOLATILE_CALL = Pattern.compile(
            "(?i).*\\b(gen_random_uuid|uuid_generate_v[14]|random|clock_timestamp|timeofday|nextval|txid_current)\\s*\\(.*");
    private static final PostgresDialect DIALECT = new PostgresDialect();

    private final Schema before;
    private final boolean transactional;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> createdIndexes = new HashSet<>();
    private final Set<String> createdSchemas = new HashSet<>();
    private final List<String> addedEnumValues = new ArrayList<>();
    /** Checks validated by this revision, and those it added with the expression each proves. */
    private final Set<String> validated = new HashSet<>();
    private final List<AddCheck> addedChecks = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private boolean lockTimeoutSet;
    private String firstOnExistingTable;
    private SchemaChange current;

    private StaticRules(Schema before, boolean transactional, boolean runtimeLockTimeout) {
        this.before = before;
        this.transactional = transactional;
        this.lockTimeoutSet = runtimeLockTimeout;
    }

    /**
     * The findings of one revision's changes, in their order, the timeout rule last.
     *
     * @param runtimeLockTimeout whether the runtime sets {@code lock_timeout} on the session that runs the migration
     *     (the default; off only when the configuration turns it off)
     */
    static List<Finding> check(List<SchemaChange> changes, Schema before, boolean transactional,
            boolean runtimeLockTimeout) {
        StaticRules rules = new StaticRules(before, transactional, runtimeLockTimeout);
        for (SchemaChange change : changes) {
            rules.current = change;
            change.accept(rules);
        }
        if (rules.firstOnExistingTable != null) {
            rules.findings.add(new Finding(HazardRule.REQUIRE_TIMEOUT_SETTINGS, rules.firstOnExistingTable));
        }
        return List.copyOf(rules.findings);
    }

    private static String key(QualifiedName name) {
        return (name.schema() == null ? "public" : name.schema()) + "." + name.name();
    }

    /** Whether the table existed before this revision; when it does, a statement on it needs a lock timeout. */
    private boolean existing(QualifiedName table) {
        if (createdTables.contains(key(table))) {
            return false;
        }
        if (!lockTimeoutSet && firstOnExistingTable == null) {
            firstOnExistingTable = operation();
        }
        return true;
    }

    private String operation() {
        return DIALECT.render(current).get(0).sql();
    }

    private void report(HazardRule rule) {
        findings.add(new Finding(rule, operation()));
    }

    private Optional<Column> columnBefore(QualifiedName table, String column) {
        return tableBefore(table).flatMap(t -> t.columns().stream().filter(c -> c.name().equals(column)).findFirst());
    }

    private Optional<Table> tableBefore(QualifiedName table) {
        return before.tables().stream().filter(t -> key(t.name()).equals(key(table))).findFirst();
    }

    /**
     * Whether a valid {@code CHECK (column IS NOT NULL)} proves the column by the time of {@code SET NOT NULL}, so
     * PostgreSQL skips its scan: valid before the revision, validated earlier in it, or added earlier in it and
     * validated outside a transaction. Added {@code NOT VALID} and validated in one transaction does not count:
     * the validation then scans under the {@code ADD}'s ACCESS EXCLUSIVE lock, the hazard this rule is about.
     */
    private boolean provenNotNull(QualifiedName table, String column) {
        Pattern isNotNull = Pattern.compile("(?i)\\(*\\s*\"?" + Pattern.quote(column) + "\"?\\s+is\\s+not\\s+null\\s*\\)*");
        boolean provenBefore = tableBefore(table).map(t -> t.checks().stream()
                .filter(c -> c.valid() || validated.contains(constraintKey(table, c.name())))
                .anyMatch(c -> isNotNull.matcher(c.expression().strip()).matches())).orElse(false);
        return provenBefore || addedChecks.stream().filter(a -> key(a.table()).equals(key(table)))
                .filter(a -> !a.notValid() || !transactional && validated.contains(constraintKey(table, a.check().name())))
                .anyMatch(a -> isNotNull.matcher(a.check().expression().strip()).matches());
    }

    private static String constraintKey(QualifiedName table, String constraint) {
        return key(table) + "." + constraint;
    }

    private void usesValue(Object value) {
        if (value != null && addedEnumValues.contains(value.toString())) {
            report(HazardRule.ENUM_VALUE_USED_IN_TRANSACTION);
        }
    }

    private void index(QualifiedName table, boolean concurrently, HazardRule withoutConcurrently) {
        if (concurrently && transactional) {
            report(HazardRule.BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION);
        }
        if (existing(table) && !concurrently) {
            report(withoutConcurrently);
        }
    }

    @Override
    public Void visit(CreateTable change) {
        createdTables.add(key(change.table().name()));
        return null;
    }

    @Override
    public Void visit(DropTable change) {
        if (existing(change.table())) {
            report(HazardRule.BAN_DROP_TABLE);
        }
        return null;
    }

    @Override
    public Void visit(RenameTable change) {
        if (existing(change.table())) {
            report(HazardRule.RENAMING_TABLE);
        } else {
            createdTables.add(key(change.table().withName(change.newName())));
        }
        return null;
    }

    @Override
    public Void visit(CommentOnTable change) {
        return null;
    }

    @Override
    public Void visit(AddColumn change) {
        Column column = change.column();
        if (!existing(change.table())) {
            return null;
        }
        if (!column.nullable() && column.defaultValue() == null && column.identity() == null
                && column.generated() == null) {
            report(HazardRule.ADDING_REQUIRED_FIELD);
        }
        boolean volatileDefault = column.defaultValue() instanceof ColumnDefault.Expression e
                && VOLATILE_CALL.matcher(e.sql()).matches();
        if (volatileDefault || column.identity() != null || column.generated() != null) {
            report(HazardRule.ADDING_FIELD_WITH_DEFAULT);
        }
        if (column.defaultValue() instanceof ColumnDefault.Value v) {
            usesValue(v.value());
        }
        return null;
    }

    @Override
    public Void visit(DropColumn change) {
        if (existing(change.table())) {
            report(HazardRule.BAN_DROP_COLUMN);
        }
        return null;
    }

    @Override
    public Void visit(RenameColumn change) {
        if (existing(change.table())) {
            report(HazardRule.RENAMING_COLUMN);
        }
        return null;
    }

    @Override
    public Void visit(AlterColumnType change) {
        if (!existing(change.table())) {
            return null;
        }
        Optional<Column> old = columnBefore(change.table(), change.column());
        boolean inPlace = change.using() == null && old.isPresent()
                && TypeChanges.inPlace(old.get().type().sql(), change.type().sql());
        if (!inPlace) {
            report(HazardRule.CHANGING_COLUMN_TYPE);
        }
        return null;
    }

    @Override
    public Void visit(AlterColumnNullability change) {
        if (existing(change.table()) && !change.nullable() && !provenNotNull(change.table(), change.column())) {
            report(HazardRule.ADDING_NOT_NULLABLE_FIELD);
        }
        return null;
    }

    @Override
    public Void visit(AlterColumnDefault change) {
        existing(change.table());
        if (change.defaultValue() instanceof ColumnDefault.Value v) {
            usesValue(v.value());
        }
        return null;
    }

    @Override
    public Void visit(AddIdentity change) {
        existing(change.table());
        return null;
    }

    @Override
    public Void visit(DropIdentity change) {
        existing(change.table());
        return null;
    }

    @Override
    public Void visit(SetIdentityGeneration change) {
        existing(change.table());
        return null;
    }

    @Override
    public Void visit(CommentOnColumn change) {
        return null;
    }

    @Override
    public Void visit(CreateIndex change) {
        createdIndexes.add(key(QualifiedName.of(change.index().table().schema(), change.index().name())));
        index(change.index().table(), change.concurrently(), HazardRule.REQUIRE_CONCURRENT_INDEX_CREATION);
        return null;
    }

    @Override
    public Void visit(DropIndex change) {
        if (createdIndexes.contains(key(change.index()))) {
            return null;
        }
        // the index's table, when the schema before knows the index; else the index counts as on an existing table
        QualifiedName table = before.indexes().stream()
                .filter(i -> key(QualifiedName.of(i.table().schema(), i.name())).equals(key(change.index())))
                .map(Index::table).findFirst().orElse(change.index());
        index(table, change.concurrently(), HazardRule.REQUIRE_CONCURRENT_INDEX_DELETION);
        return null;
    }

    @Override
    public Void visit(RenameIndex change) {
        return null;
    }

    @Override
    public Void visit(AddPrimaryKey change) {
        if (existing(change.table())) {
            report(HazardRule.ADDING_PRIMARY_KEY_CONSTRAINT);
        }
        return null;
    }

    @Override
    public Void visit(AddForeignKey change) {
        if (existing(change.table()) && !change.notValid()) {
            report(HazardRule.ADDING_FOREIGN_KEY_CONSTRAINT);
        }
        return null;
    }

    @Override
    public Void visit(AddUnique change) {
        if (existing(change.table())) {
            report(HazardRule.DISALLOWED_UNIQUE_CONSTRAINT);
        }
        return null;
    }

    @Override
    public Void visit(AddCheck change) {
        addedChecks.add(change);
        if (existing(change.table()) && !change.notValid()) {
            report(HazardRule.CONSTRAINT_MISSING_NOT_VALID);
        }
        return null;
    }

    @Override
    public Void visit(AddExclusion change) {
        existing(change.table());
        return null;
    }

    @Override
    public Void visit(DropConstraint change) {
        existing(change.table());
        return null;
    }

    @Override
    public Void visit(RenameConstraint change) {
        return null;
    }

    @Override
    public Void visit(ValidateConstraint change) {
        existing(change.table());
        validated.add(constraintKey(change.table(), change.name()));
        return null;
    }

    @Override
    public Void visit(CreateEnum change) {
        return null;
    }

    @Override
    public Void visit(DropEnum change) {
        return null;
    }

    @Override
    public Void visit(AddEnumValue change) {
        // PostgreSQL 12+ runs ADD VALUE in a transaction, but the value is unusable until it commits
        if (transactional) {
            addedEnumValues.add(change.value());
        }
        return null;
    }

    @Override
    public Void visit(RenameEnumValue change) {
        return null;
    }

    @Override
    public Void visit(CreateSequence change) {
        return null;
    }

    @Override
    public Void visit(DropSequence change) {
        return null;
    }

    @Override
    public Void visit(AlterSequence change) {
        return null;
    }

    @Override
    public Void visit(CreateSchema change) {
        createdSchemas.add(change.name());
        return null;
    }

    @Override
    public Void visit(DropSchema change) {
        if (!createdSchemas.contains(change.name())) {
            report(HazardRule.BAN_DROP_SCHEMA);
        }
        return null;
    }

    @Override
    public Void visit(CreateExtension change) {
        return null;
    }

    @Override
    public Void visit(DropExtension change) {
        return null;
    }

    @Override
    public Void visit(ExecuteSql change) {
        if (SETS_LOCK_TIMEOUT.matcher(change.sql()).matches()) {
            lockTimeoutSet = true;
        }
        String sql = change.sql().toLowerCase(Locale.ROOT);
        if (addedEnumValues.stream().anyMatch(v -> sql.contains("'" + v.toLowerCase(Locale.ROOT) + "'"))) {
            report(HazardRule.ENUM_VALUE_USED_IN_TRANSACTION);
        }
        change.parameters().forEach(this::usesValue);
        return null;
    }

    @Override
    public Void visit(BulkInsert change) {
        if (!addedEnumValues.isEmpty()) {
            change.rows().stream().flatMap(List::stream).forEach(this::usesValue);
        }
        return null;
    }
}
