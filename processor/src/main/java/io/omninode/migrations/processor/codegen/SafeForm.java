package io.omninode.migrations.processor.codegen;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.change.AddCheck;
import io.omninode.migrations.schema.change.AddColumn;
import io.omninode.migrations.schema.change.AddForeignKey;
import io.omninode.migrations.schema.change.AddPrimaryKey;
import io.omninode.migrations.schema.change.AddUnique;
import io.omninode.migrations.schema.change.AlterColumnDefault;
import io.omninode.migrations.schema.change.AlterColumnNullability;
import io.omninode.migrations.schema.change.AlterColumnType;
import io.omninode.migrations.schema.change.CreateIndex;
import io.omninode.migrations.schema.change.CreateTable;
import io.omninode.migrations.schema.change.DropColumn;
import io.omninode.migrations.schema.change.DropConstraint;
import io.omninode.migrations.schema.change.DropIndex;
import io.omninode.migrations.schema.change.DropTable;
import io.omninode.migrations.schema.change.RenameColumn;
import io.omninode.migrations.schema.change.RenameTable;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites generated changes into the form PostgreSQL runs without long locks on tables that already exist
 * (a table created in the same revision is empty and unused, so it keeps the plain form). Building an index
 * {@code CONCURRENTLY}, validating a constraint and {@code SET NOT NULL} through a validated check only help
 * outside the transaction that added them, so they move into a second revision, {@code transactional = false},
 * that follows the first; one class could not hold both, since a class runs in one transaction or in none.
 *
 * <ul>
 *   <li>index on an existing table: {@code CREATE INDEX CONCURRENTLY} in the second revision (lint rule
 *       {@code require-concurrent-index-creation});</li>
 *   <li>foreign key or check on an existing table: added {@code NOT VALID} in the first, validated in the second
 *       ({@code adding-foreign-key-constraint}, {@code constraint-missing-not-valid});</li>
 *   <li>{@code SET NOT NULL} on an existing column: a {@code NOT VALID} check {@code IS NOT NULL} in the first;
 *       validated, then {@code SET NOT NULL} (which uses it instead of scanning), then dropped, in the second
 *       ({@code adding-not-nullable-field}).</li>
 * </ul>
 * Statements on existing tables run under the runtime's {@code lock_timeout} ({@code require-timeout-settings}),
 * which the first such statement's comment says.
 */
public final class SafeForm {

    /**
     * The revision's changes in the safe form.
     *
     * @param inTransaction what the first, transactional revision does (may have no upgrade steps)
     * @param outsideTransaction what the second, non-transactional revision does, if anything
     */
    public record Split(MigrationSource.Changes inTransaction, Optional<MigrationSource.Changes> outsideTransaction) {}

    static final String LOCK_TIMEOUT_NOTE = "on an existing table: each statement waits at most lock_timeout (3s by"
            + " default) for its lock, and the revision is rolled back and retried";

    private final Schema before;
    private final Set<String> created = new HashSet<>();
    private final List<SchemaChange> first = new ArrayList<>();
    private final List<SchemaChange> second = new ArrayList<>();
    private final List<SchemaChange> firstDown;
    private final List<SchemaChange> secondDown = new ArrayList<>();
    private final Map<SchemaChange, String> comments = new LinkedHashMap<>();
    private boolean lockNoted;

    private SafeForm(Schema before, List<SchemaChange> downgrade) {
        this.before = before;
        this.firstDown = new ArrayList<>(downgrade);
    }

    /** Splits {@code changes}, made on {@code before}, into the safe form; unchanged when nothing needs it. */
    public static Split of(Schema before, MigrationSource.Changes changes) {
        SafeForm form = new SafeForm(before, changes.downgrade());
        changes.upgrade().forEach(form::add);
        if (form.second.isEmpty()) {
            return new Split(new MigrationSource.Changes(changes.summary(), form.first, changes.downgrade(),
                    form.comments), Optional.empty());
        }
        return new Split(new MigrationSource.Changes(changes.summary(), form.first, form.firstDown, form.comments),
                Optional.of(new MigrationSource.Changes(changes.summary(), form.second, form.secondDown,
                        form.comments)));
    }

    private void add(SchemaChange change) {
        if (change instanceof CreateTable table) {
            created.add(key(table.table().name()));
            first.add(change);
        } else if (change instanceof CreateIndex index && !index.concurrently() && existing(index.index().table())) {
            createConcurrently(index);
        } else if (change instanceof AddForeignKey fk && !fk.notValid() && fk.foreignKey().name() != null
                && existing(fk.table())) {
            addThenValidate(new AddForeignKey(fk.table(), fk.foreignKey(), true), fk.table(), fk.foreignKey().name(),
                    "NOT VALID: checks new rows only, without scanning the table under lock");
        } else if (change instanceof AddCheck check && !check.notValid() && check.check().name() != null
                && existing(check.table())) {
            addThenValidate(new AddCheck(check.table(), check.check(), true), check.table(), check.check().name(),
                    "NOT VALID: checks new rows only, without scanning the table under lock");
        } else if (change instanceof AlterColumnNullability notNull && !notNull.nullable() && existing(notNull.table())
                && columnExisted(notNull.table(), notNull.column())) {
            setNotNullThroughCheck(notNull);
        } else {
            first.add(change);
            noteLockTimeout(change);
        }
    }

    private void createConcurrently(CreateIndex index) {
        CreateIndex concurrent = new CreateIndex(index.index(), true, index.ifNotExists());
        second.add(concurrent);
        comments.put(concurrent, "CONCURRENTLY: builds the index while writes go on (outside a transaction)");
        for (SchemaChange down : List.copyOf(firstDown)) {
            if (down instanceof DropIndex drop && drop.index().name().equals(index.index().name())) {
                firstDown.remove(down);
                secondDown.add(new DropIndex(drop.index(), true, drop.ifExists(), drop.cascade()));
            }
        }
    }

    private void addThenValidate(SchemaChange notValid, QualifiedName table, String constraint, String comment) {
        first.add(notValid);
        noteLockTimeout(notValid);
        comments.merge(notValid, comment, (note, more) -> note + "\n" + more);
        ValidateConstraint validate = new ValidateConstraint(table, constraint);
        second.add(validate);
        comments.put(validate, "VALIDATE scans under SHARE UPDATE EXCLUSIVE: reads and writes go on");
    }

    private void setNotNullThroughCheck(AlterColumnNullability notNull) {
        String name = checkName(notNull.table().name(), notNull.column());
        AddCheck check = new AddCheck(notNull.table(),
                new CheckConstraint(name, SqlText.identifier(notNull.column()) + " IS NOT NULL", true), true);
        addThenValidate(check, notNull.table(), name, "SET NOT NULL through a check: NOT VALID now, validated in the"
                + " next revision, so SET NOT NULL needs no scan under ACCESS EXCLUSIVE");
        second.add(notNull);
        comments.put(notNull, "uses the validated check instead of scanning the table");
        DropConstraint drop = new DropConstraint(notNull.table(), name, false, false);
        second.add(drop);
        comments.put(drop, "the NOT NULL column makes the check redundant");
        // the second revision's downgrade drops NOT NULL; the first's drops the check if the second never ran
        for (SchemaChange down : List.copyOf(firstDown)) {
            if (down instanceof AlterColumnNullability back && back.nullable() && back.column().equals(notNull.column())
                    && key(back.table()).equals(key(notNull.table()))) {
                firstDown.remove(down);
                secondDown.add(back);
            }
        }
        firstDown.add(new DropConstraint(notNull.table(), name, true, false));
    }

    /** {@code <table>_<column>_not_null}, cut to PostgreSQL's 63 bytes. */
    private static String checkName(String table, String column) {
        String name = table + "_" + column + "_not_null";
        while (SqlText.identifierBytes(name) > SqlText.MAX_IDENTIFIER_BYTES) {
            name = name.substring(1);
        }
        return name;
    }

    private void noteLockTimeout(SchemaChange change) {
        if (!lockNoted && touchesExistingTable(change)) {
            lockNoted = true;
            comments.merge(change, LOCK_TIMEOUT_NOTE, (note, more) -> more + "\n" + note);
        }
    }

    private boolean touchesExistingTable(SchemaChange change) {
        return tableOf(change).map(this::existing).orElse(false);
    }

    /** The table a change locks, for the changes a schema diff writes on tables. */
    private static Optional<QualifiedName> tableOf(SchemaChange change) {
        if (change instanceof AddColumn c) {
            return Optional.of(c.table());
        } else if (change instanceof DropColumn c) {
            return Optional.of(c.table());
        } else if (change instanceof AlterColumnType c) {
            return Optional.of(c.table());
        } else if (change instanceof AlterColumnNullability c) {
            return Optional.of(c.table());
        } else if (change instanceof AlterColumnDefault c) {
            return Optional.of(c.table());
        } else if (change instanceof AddForeignKey c) {
            return Optional.of(c.table());
        } else if (change instanceof AddCheck c) {
            return Optional.of(c.table());
        } else if (change instanceof AddUnique c) {
            return Optional.of(c.table());
        } else if (change instanceof AddPrimaryKey c) {
            return Optional.of(c.table());
        } else if (change instanceof DropConstraint c) {
            return Optional.of(c.table());
        } else if (change instanceof RenameColumn c) {
            return Optional.of(c.table());
        } else if (change instanceof RenameTable c) {
            return Optional.of(c.table());
        } else if (change instanceof DropTable c) {
            return Optional.of(c.table());
        } else if (change instanceof CreateIndex c) {
            return Optional.of(c.index().table());
        }
        return Optional.empty();
    }

    private boolean existing(QualifiedName table) {
        return !created.contains(key(table)) && tableBefore(table).isPresent();
    }

    private boolean columnExisted(QualifiedName table, String column) {
        return tableBefore(table).map(t -> t.columns().stream().anyMatch(c -> c.name().equals(column))).orElse(false);
    }

    private Optional<Table> tableBefore(QualifiedName table) {
        return before.tables().stream().filter(t -> key(t.name()).equals(key(table))).findFirst();
    }

    private static String key(QualifiedName name) {
        return (name.schema() == null ? "public" : name.schema()) + "." + name.name();
    }
}
