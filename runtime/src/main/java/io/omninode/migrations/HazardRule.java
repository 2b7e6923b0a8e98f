package io.omninode.migrations;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every hazard {@code lint} reports, with its stable code: the one catalogue that the runtime's rules and
 * measurements report and the annotation processor checks {@code @AllowHazards} codes against. Codes are a
 * contract (docs, CI filters and allowances use them); where squawk or Atlas has a rule for the same hazard,
 * the code is squawk's name.
 *
 * <pre>{@code
 * HazardRule rule = HazardRule.byCode("require-concurrent-index-creation").orElseThrow();
 * System.out.println(rule.severity() + ": " + rule.safeAlternative());
 * }</pre>
 */
public enum HazardRule {
    REQUIRE_CONCURRENT_INDEX_CREATION("require-concurrent-index-creation", Severity.ERROR, false,
            "CREATE INDEX without CONCURRENTLY blocks every write to the table while the index is built",
            "create the index with CONCURRENTLY in a migration of its own marked @Migration(transactional = false)"),
    REQUIRE_CONCURRENT_INDEX_DELETION("require-concurrent-index-deletion", Severity.WARNING, false,
            "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes",
            "drop the index with CONCURRENTLY in a migration marked @Migration(transactional = false)"),
    BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION("ban-concurrent-index-creation-in-transaction", Severity.ERROR,
            false, "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY inside a transaction block, so the migration fails",
            "move the index into a migration of its own marked @Migration(transactional = false)"),
    ADDING_REQUIRED_FIELD("adding-required-field", Severity.ERROR, false,
            "ADD COLUMN ... NOT NULL without a default fails on a table that has rows",
            "add the column with a default, or nullable, backfill it, then set NOT NULL through a validated check"),
    ADDING_FIELD_WITH_DEFAULT("adding-field-with-default", Severity.ERROR, false,
            "a column added with a volatile default (or an identity) is written into every row: the table is"
                    + " rewritten under an ACCESS EXCLUSIVE lock",
            "add the column without the default (or with a constant one), set the default, backfill in batches"),
    CHANGING_COLUMN_TYPE("changing-column-type", Severity.ERROR, false,
            "this type change is not binary coercible: PostgreSQL rewrites the table (and its indexes) under an"
                    + " ACCESS EXCLUSIVE lock, and clients reading the old type may break",
            "add a column of the new type, write both, backfill in batches, switch readers, then drop the old one"),
    ADDING_NOT_NULLABLE_FIELD("adding-not-nullable-field", Severity.ERROR, false,
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated CHECK (col IS NOT"
                    + " NULL) already proves it",
            "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later migration, then SET NOT NULL and drop the check"),
    ADDING_FOREIGN_KEY_CONSTRAINT("adding-foreign-key-constraint", Severity.ERROR, false,
            "adding a foreign key checks every row while blocking writes to both tables",
            "add it NOT VALID (Option.NOT_VALID), then validateConstraint in a later migration"),
    CONSTRAINT_MISSING_NOT_VALID("constraint-missing-not-valid", Severity.ERROR, false,
            "adding a check constraint scans every row while blocking writes to the table",
            "add it NOT VALID (Option.NOT_VALID), then validateConstraint in a later migration"),
    DISALLOWED_UNIQUE_CONSTRAINT("disallowed-unique-constraint", Severity.ERROR, false,
            "adding a unique constraint builds its index while blocking reads and writes to the table",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX"),
    ADDING_PRIMARY_KEY_CONSTRAINT("adding-primary-key-constraint", Severity.ERROR, false,
            "adding a primary key builds its index (and checks NOT NULL) while blocking reads and writes to the table",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX"),
    BAN_DROP_COLUMN("ban-drop-column", Severity.ERROR, false,
            "dropping a column loses its data and breaks the application version still running during a deploy",
            "stop reading and writing the column in one release, drop it in a later one (allow it with a reason)"),
    BAN_DROP_TABLE("ban-drop-table", Severity.ERROR, false,
            "dropping a table loses its data and breaks the application version still running during a deploy",
            "stop using the table in one release, drop it in a later one (allow it with a reason)"),
    BAN_DROP_SCHEMA("ban-drop-schema", Severity.ERROR, false,
            "dropping a schema loses every object in it",
            "make sure nothing uses it, then allow it with a reason"),
    RENAMING_COLUMN("renaming-column", Severity.ERROR, false,
            "the application version still running during a deploy reads and writes the old column name",
            "add the new column, write both, backfill, switch readers, then drop the old column"),
    RENAMING_TABLE("renaming-table", Severity.ERROR, false,
            "the application version still running during a deploy uses the old table name",
            "create the new table (or a view under the old name), move readers and writers, then drop the old one"),
    ENUM_VALUE_USED_IN_TRANSACTION("enum-value-used-in-transaction", Severity.ERROR, false,
            "a value added with ALTER TYPE ... ADD VALUE cannot be used before the transaction that added it commits",
            "add the value in a migration of its own and use it in a later one"),
    REQUIRE_TIMEOUT_SETTINGS("require-timeout-settings", Severity.WARNING, false,
            "lock_timeout is off in the configuration, so a statement on an existing table waits for its lock"
                    + " without limit, and every later query on the table queues behind it",
            "keep the runtime's lock_timeout on (lock_timeout = 3s, the default, with retries), or start the migration"
                    + " with op.execute(\"SET LOCAL lock_timeout = '2s'\")"),
    MEASURED_LOCK("measured-lock", Severity.WARNING, true,
            "measured: the migration holds a lock that blocks writes (or reads) on a table that existed before it,"
                    + " until it commits",
            "keep the migration short, set lock_timeout, or use the non-blocking form named by the static rules"),
    MEASURED_TABLE_REWRITE("measured-table-rewrite", Severity.ERROR, true,
            "measured: the migration rewrote a table that existed before it (its file node changed): the whole"
                    + " table is copied under an ACCESS EXCLUSIVE lock",
            "use a form PostgreSQL applies in place (see the static rules), or backfill a new column in batches"),
    MEASURED_FAILS_WITH_ROWS("measured-fails-with-rows", Severity.ERROR, true,
            "measured: the migration succeeds on empty tables but fails once they have rows",
            "make the migration work on existing data (defaults, backfills, NOT VALID constraints)"),
    MEASURED_FAILURE("measured-failure", Severity.ERROR, true,
            "measured: the migration fails on a scratch database built up to its parent",
            "run it on a copy of the database and fix the statement that fails");

    /** How serious a hazard is: an ERROR that is not allowed makes {@code lint} exit 1. */
    public enum Severity {
        ERROR,
        WARNING
    }

    private final String code;
    private final Severity severity;
    private final boolean measured;
    private final String why;
    private final String safeAlternative;

    HazardRule(String code, Severity severity, boolean measured, String why, String safeAlternative) {
        this.code = code;
        this.severity = severity;
        this.measured = measured;
        this.why = why;
        this.safeAlternative = safeAlternative;
    }

    /** The stable code, e.g. {@code require-concurrent-index-creation}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether the hazard is measured on the scratch database rather than found by a rule. */
    public boolean measured() {
        return measured;
    }

    /** Why it is a hazard. */
    public String why() {
        return why;
    }

    /** What to do instead. */
    public String safeAlternative() {
        return safeAlternative;
    }

    /** The rule with this code, if any. */
    public static Optional<HazardRule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Every code, in catalogue order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(HazardRule::code).toList();
    }
}
