package io.omninode.migrations;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import io.omninode.migrations.schema.change.SchemaChange;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * What a migration may do to the database: the Java counterpart of Alembic's {@code op}.
 *
 * <p>Every method builds a {@link SchemaChange} value and passes it to {@link #apply}, which
 * renders it as PostgreSQL SQL. Online the SQL runs on the migration's connection inside its
 * transaction; offline ({@code --sql}) the same text is written into the script. Names are
 * quoted as needed and literals escaped; names over 63 bytes are rejected.
 *
 * <pre>{@code
 * import static io.omninode.migrations.Operations.Option.*;
 *
 * public void upgrade(Operations op) {
 *     op.createTable(Table.named("node")
 *             .column(Column.of("id", "uuid").notNull().defaultExpression("gen_random_uuid()"))
 *             .column(Column.of("status", "text").notNull().defaultValue("active"))
 *             .primaryKey("id"));
 *     op.createIndex(Index.of("ix_node_status", "node", "status"), IF_NOT_EXISTS);
 * }
 * public void downgrade(Operations op) {
 *     op.dropTable("node");
 * }
 * }</pre>
 *
 * <p>Names passed as strings are unqualified (a dot is part of the name); use
 * {@link #inSchema(String)} to work in another schema.
 */
public interface Operations {

    /**
     * Modifiers of an operation, written like the SQL they add. Each method lists the options it
     * accepts; any other is refused with an {@link IllegalArgumentException}.
     */
    enum Option {
        /** {@code IF EXISTS}: no error when the object is missing. */
        IF_EXISTS,
        /** {@code IF NOT EXISTS}: no error when the object is already there. */
        IF_NOT_EXISTS,
        /** {@code CASCADE}: also drop the objects that depend on this one. */
        CASCADE,
        /** {@code CONCURRENTLY}: build or drop an index without blocking writes; needs {@code transactional = false}. */
        CONCURRENTLY,
        /** {@code NOT VALID}: check only new rows until {@link #validateConstraint} runs. */
        NOT_VALID
    }

    /**
     * Applies one schema change: renders it and runs it (online) or writes it (offline). Every
     * other method ends here; call it directly with a change built elsewhere, e.g. by a diff.
     *
     * <pre>{@code
     * op.apply(new RenameColumn(QualifiedName.of("node"), "name", "title"));
     * }</pre>
     */
    void apply(SchemaChange change);

    /**
     * The same operations, with every table, index, type and sequence name (but not the table
     * a foreign key references) in {@code schema}.
     *
     * <pre>{@code
     * op.inSchema("audit").createTable(Table.named("event").column("id", "bigint"));
     * // CREATE TABLE audit.event (id bigint)
     * }</pre>
     */
    Operations inSchema(String schema);

    // ---- tables

    /**
     * Creates a table with its columns, constraints and comments. Options: {@code IF_NOT_EXISTS}.
     *
     * <pre>{@code
     * op.createTable(Table.named("account")
     *         .column(Column.of("id", "bigint").identity(Identity.always()))
     *         .column(Column.of("email", "varchar(320)").notNull())
     *         .primaryKey("id")
     *         .unique(Unique.of("email").named("uq_account_email"))
     *         .comment("people who sign in"));
     * }</pre>
     */
    void createTable(Table table, Option... options);

    /**
     * Drops a table. Options: {@code IF_EXISTS}, {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropTable("account", IF_EXISTS);
     * }</pre>
     */
    void dropTable(String table, Option... options);

    /**
     * Renames a table.
     *
     * <pre>{@code
     * op.renameTable("account", "member");
     * }</pre>
     */
    void renameTable(String table, String newName);

    /**
     * Sets a table's comment, or removes it when {@code comment} is null.
     *
     * <pre>{@code
     * op.commentOnTable("account", "people who sign in");
     * }</pre>
     */
    void commentOnTable(String table, String comment);

    // ---- columns

    /**
     * Adds a column (and its comment). Options: {@code IF_NOT_EXISTS}.
     *
     * <pre>{@code
     * op.addColumn("node", Column.of("status", "text").notNull().defaultValue("active"));
     * }</pre>
     */
    void addColumn(String table, Column column, Option... options);

    /**
     * Drops a column and its data. Options: {@code IF_EXISTS}, {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropColumn("node", "legacy_flag");
     * }</pre>
     */
    void dropColumn(String table, String column, Option... options);

    /**
     * Renames a column.
     *
     * <pre>{@code
     * op.renameColumn("node", "name", "title");
     * }</pre>
     */
    void renameColumn(String table, String column, String newName);

    /**
     * Changes a column's type; PostgreSQL converts values with its assignment cast.
     *
     * <pre>{@code
     * op.alterColumnType("node", "email", "varchar(320)");
     * }</pre>
     */
    void alterColumnType(String table, String column, String type);

    /**
     * Changes a column's type, converting each value with a SQL expression.
     *
     * <pre>{@code
     * op.alterColumnType("node", "status", "node_status", "status::node_status");
     * }</pre>
     */
    void alterColumnType(String table, String column, String type, String using);

    /**
     * Sets {@code NOT NULL} on a column (fails if a row holds null).
     *
     * <pre>{@code
     * op.setNotNull("node", "status");
     * }</pre>
     */
    void setNotNull(String table, String column);

    /**
     * Drops {@code NOT NULL} from a column.
     *
     * <pre>{@code
     * op.dropNotNull("node", "status");
     * }</pre>
     */
    void dropNotNull(String table, String column);

    /**
     * Sets a column's server default: a literal value, escaped, or a SQL expression.
     *
     * <pre>{@code
     * op.setDefault("node", "status", ColumnDefault.value("active"));      // DEFAULT 'active'
     * op.setDefault("node", "created_at", ColumnDefault.expression("now()")); // DEFAULT now()
     * }</pre>
     */
    void setDefault(String table, String column, ColumnDefault value);

    /**
     * Drops a column's server default.
     *
     * <pre>{@code
     * op.dropDefault("node", "status");
     * }</pre>
     */
    void dropDefault(String table, String column);

    /**
     * Makes a {@code NOT NULL} column an identity column.
     *
     * <pre>{@code
     * op.addIdentity("event", "id", Identity.byDefault().options(SequenceOptions.DEFAULTS.startWith(1000)));
     * }</pre>
     */
    void addIdentity(String table, String column, Identity identity);

    /**
     * Makes an identity column an ordinary column. Options: {@code IF_EXISTS}.
     *
     * <pre>{@code
     * op.dropIdentity("event", "id");
     * }</pre>
     */
    void dropIdentity(String table, String column, Option... options);

    /**
     * Switches an identity column between {@code ALWAYS} and {@code BY DEFAULT}.
     *
     * <pre>{@code
     * op.setIdentityGeneration("event", "id", Identity.Generation.ALWAYS);
     * }</pre>
     */
    void setIdentityGeneration(String table, String column, Identity.Generation generation);

    /**
     * Sets a column's comment, or removes it when {@code comment} is null.
     *
     * <pre>{@code
     * op.commentOnColumn("node", "status", "lifecycle state");
     * }</pre>
     */
    void commentOnColumn(String table, String column, String comment);

    // ---- indexes

    /**
     * Creates an index. Options: {@code IF_NOT_EXISTS}, {@code CONCURRENTLY} (only in a migration
     * with {@code transactional = false}; inside a transaction it fails before reaching the server).
     *
     * <pre>{@code
     * op.createIndex(Index.of("ix_node_live", "node", "name").where("deleted_at is null"), CONCURRENTLY);
     * op.createIndex(Index.of("ix_doc_body", "doc", "body").using(IndexMethod.GIN));
     * op.createIndex(Index.of("uq_account_email", "account", IndexKey.expression("lower(email)")).asUnique());
     * }</pre>
     */
    void createIndex(Index index, Option... options);

    /**
     * Drops an index. Options: {@code IF_EXISTS}, {@code CONCURRENTLY} (as for
     * {@link #createIndex}), {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropIndex("ix_node_live", IF_EXISTS);
     * }</pre>
     */
    void dropIndex(String index, Option... options);

    /**
     * Renames an index.
     *
     * <pre>{@code
     * op.renameIndex("ix_node_name", "ix_node_title");
     * }</pre>
     */
    void renameIndex(String index, String newName);

    // ---- constraints

    /**
     * Adds a primary key.
     *
     * <pre>{@code
     * op.addPrimaryKey("node", PrimaryKey.of("id").named("pk_node"));
     * }</pre>
     */
    void addPrimaryKey(String table, PrimaryKey primaryKey);

    /**
     * Adds a foreign key. Options: {@code NOT_VALID} (existing rows are checked later by
     * {@link #validateConstraint}).
     *
     * <pre>{@code
     * op.addForeignKey("event", ForeignKey.of("node_id").references("node", "id")
     *         .onDelete(ReferentialAction.CASCADE).named("fk_event_node"), NOT_VALID);
     * }</pre>
     */
    void addForeignKey(String table, ForeignKey foreignKey, Option... options);

    /**
     * Adds a unique constraint.
     *
     * <pre>{@code
     * op.addUnique("account", Unique.of("tenant_id", "email").named("uq_account_email"));
     * }</pre>
     */
    void addUnique(String table, Unique unique);

    /**
     * Adds a check constraint. Options: {@code NOT_VALID}.
     *
     * <pre>{@code
     * op.addCheck("invoice", CheckConstraint.of("ck_invoice_amount", "amount >= 0"));
     * }</pre>
     */
    void addCheck(String table, CheckConstraint check, Option... options);

    /**
     * Adds an exclusion constraint (drop it with {@link #dropConstraint}).
     *
     * <pre>{@code
     * op.addExclusion("booking", Exclusion.of("booking_no_overlap", IndexMethod.GIST,
     *         Exclusion.Element.of("room", "="), Exclusion.Element.of("during", "&&")));
     * }</pre>
     */
    void addExclusion(String table, Exclusion exclusion);

    /**
     * Drops a constraint of any kind. Options: {@code IF_EXISTS}, {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropConstraint("event", "fk_event_node");
     * }</pre>
     */
    void dropConstraint(String table, String name, Option... options);

    /**
     * Renames a constraint of a table.
     *
     * <pre>{@code
     * op.renameConstraint("event", "event_node_id_fkey", "fk_event_node");
     * }</pre>
     */
    void renameConstraint(String table, String name, String newName);

    /**
     * Checks existing rows against a constraint added with {@code NOT_VALID}.
     *
     * <pre>{@code
     * op.validateConstraint("event", "fk_event_node");
     * }</pre>
     */
    void validateConstraint(String table, String name);

    // ---- enums, sequences, schemas, extensions

    /**
     * Creates an enum type with labels in sort order.
     *
     * <pre>{@code
     * op.createEnum("node_status", "active", "retired");
     * }</pre>
     */
    void createEnum(String name, String... values);

    /**
     * Drops an enum type. Options: {@code IF_EXISTS}, {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropEnum("node_status");
     * }</pre>
     */
    void dropEnum(String name, Option... options);

    /**
     * Adds a label at the end of an enum type. Options: {@code IF_NOT_EXISTS}.
     *
     * <p>PostgreSQL 12+ runs this inside the migration's transaction, but the new label cannot be
     * used until the transaction commits: use it in a later migration, or mark this one
     * {@code transactional = false}. (Before PostgreSQL 12 it fails in any transaction block.)
     *
     * <pre>{@code
     * op.addEnumValue("node_status", "suspended", IF_NOT_EXISTS);
     * }</pre>
     */
    void addEnumValue(String type, String value, Option... options);

    /**
     * Adds a label to an enum type just before an existing one (same transaction caveat as
     * {@link #addEnumValue}).
     *
     * <pre>{@code
     * op.addEnumValueBefore("node_status", "pending", "active");
     * }</pre>
     */
    void addEnumValueBefore(String type, String value, String existing);

    /**
     * Adds a label to an enum type just after an existing one (same transaction caveat as
     * {@link #addEnumValue}).
     *
     * <pre>{@code
     * op.addEnumValueAfter("node_status", "suspended", "active");
     * }</pre>
     */
    void addEnumValueAfter(String type, String value, String existing);

    /**
     * Renames a label of an enum type; stored values follow.
     *
     * <pre>{@code
     * op.renameEnumValue("node_status", "retired", "decommissioned");
     * }</pre>
     */
    void renameEnumValue(String type, String value, String newValue);

    /**
     * Creates a sequence. Options: {@code IF_NOT_EXISTS}.
     *
     * <pre>{@code
     * op.createSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.startWith(1000)));
     * }</pre>
     */
    void createSequence(Sequence sequence, Option... options);

    /**
     * Sets every option of a sequence to the given ones (an option left null goes back to PostgreSQL's
     * default) and its owning column ({@code OWNED BY NONE} when it has none); the sequence keeps its
     * current value and whatever uses it.
     *
     * <pre>{@code
     * op.alterSequence(Sequence.of("invoice_number").options(SequenceOptions.DEFAULTS.incrementBy(5)));
     * op.alterSequence(Sequence.of("invoice_number").ownedBy("invoice", "number"));
     * }</pre>
     */
    void alterSequence(Sequence sequence);

    /**
     * Drops a sequence. Options: {@code IF_EXISTS}, {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropSequence("invoice_number");
     * }</pre>
     */
    void dropSequence(String name, Option... options);

    /**
     * Creates a schema. Options: {@code IF_NOT_EXISTS}.
     *
     * <pre>{@code
     * op.createSchema("audit", IF_NOT_EXISTS);
     * }</pre>
     */
    void createSchema(String name, Option... options);

    /**
     * Drops a schema. Options: {@code IF_EXISTS}, {@code CASCADE} (everything in it).
     *
     * <pre>{@code
     * op.dropSchema("audit", CASCADE);
     * }</pre>
     */
    void dropSchema(String name, Option... options);

    /**
     * Installs an extension (into the {@link #inSchema} schema, if set). Options: {@code IF_NOT_EXISTS}.
     *
     * <pre>{@code
     * op.createExtension("pg_trgm", IF_NOT_EXISTS);
     * }</pre>
     */
    void createExtension(String name, Option... options);

    /**
     * Removes an extension. Options: {@code IF_EXISTS}, {@code CASCADE}.
     *
     * <pre>{@code
     * op.dropExtension("pg_trgm", IF_EXISTS);
     * }</pre>
     */
    void dropExtension(String name, Option... options);

    // ---- data

    /**
     * Runs one SQL statement (online) or writes it into the script (offline).
     *
     * <pre>{@code
     * op.execute("update node set status = 'active' where status is null");
     * }</pre>
     */
    void execute(String sql);

    /**
     * Runs one SQL statement with JDBC {@code ?} placeholders bound to {@code parameters} —
     * values never become SQL text online; offline they are written as escaped literals.
     *
     * <pre>{@code
     * op.execute("update node set status = ? where kind = ?", "retired", "legacy");
     * }</pre>
     */
    void execute(String sql, Object... parameters);

    /**
     * Inserts rows, each a map from column name to value; every row must name the same columns.
     * Values are bound parameters; large lists are split into several statements.
     *
     * <pre>{@code
     * op.bulkInsert("node_kind", List.of(
     *         Map.of("code", "bridge", "label", "Bridge"),
     *         Map.of("code", "relay", "label", "Relay")));
     * }</pre>
     */
    void bulkInsert(String table, List<? extends Map<String, ?>> rows);

    /**
     * The migration's JDBC connection, for anything the other operations do not cover.
     * Do not commit, roll back or close it: the engine owns the transaction.
     *
     * <pre>{@code
     * try (var statement = op.connection().prepareStatement("select count(*) from node")) { ... }
     * }</pre>
     *
     * @throws IllegalStateException in offline mode, where there is no connection
     */
    Connection connection();
}
