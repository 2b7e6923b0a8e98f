package io.omninode.migrations.schema.change;

/**
 * One change to a database schema, as an immutable value: the single vocabulary that
 * {@code Operations} produces, the PostgreSQL dialect renders, the schema diff emits and the
 * migration stub writer turns back into {@code Operations} calls.
 *
 * <p>Java 17 has no type patterns in {@code switch}, so code that handles every kind of change
 * implements {@link Visitor}: adding a change kind adds a {@code visit} method there, and the
 * compiler then lists every place to update.
 *
 * <pre>{@code
 * SchemaChange change = new AddColumn(QualifiedName.of("node"), Column.of("status", "text"), false);
 * op.apply(change); // in a migration: rendered for PostgreSQL and run, or written to the --sql script
 * }</pre>
 */
public sealed interface SchemaChange
        permits DestructiveChange, CreateTable, RenameTable, CommentOnTable,
        AddColumn, RenameColumn, AlterColumnNullability, AlterColumnDefault,
        AddIdentity, DropIdentity, SetIdentityGeneration, CommentOnColumn,
        CreateIndex, DropIndex, RenameIndex, AddPrimaryKey,
        AddForeignKey, AddUnique, AddCheck, AddExclusion, DropConstraint,
        RenameConstraint, ValidateConstraint, CreateEnum, AddEnumValue,
        RenameEnumValue, CreateSequence, AlterSequence, CreateSchema, CreateExtension,
        ExecuteSql, BulkInsert {

    /** Calls the visitor's method for this kind of change. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Whether applying this change can lose data, so that reviews and generated stubs can call it
     * out: true exactly for the {@link DestructiveChange}s.
     */
    default boolean destructive() {
        return false;
    }

    /**
     * One method per kind of change.
     *
     * @param <R> what the visit returns, e.g. the rendered SQL
     */
    interface Visitor<R> {

        R visit(CreateTable change);

        R visit(DropTable change);

        R visit(RenameTable change);

        R visit(CommentOnTable change);

        R visit(AddColumn change);

        R visit(DropColumn change);

        R visit(RenameColumn change);

        R visit(AlterColumnType change);

        R visit(AlterColumnNullability change);

        R visit(AlterColumnDefault change);

        R visit(AddIdentity change);

        R visit(DropIdentity change);

        R visit(SetIdentityGeneration change);

        R visit(CommentOnColumn change);

        R visit(CreateIndex change);

        R visit(DropIndex change);

        R visit(RenameIndex change);

        R visit(AddPrimaryKey change);

        R visit(AddForeignKey change);

        R visit(AddUnique change);

        R visit(AddCheck change);

        R visit(AddExclusion change);

        R visit(DropConstraint change);

        R visit(RenameConstraint change);

        R visit(ValidateConstraint change);

        R visit(CreateEnum change);

        R visit(DropEnum change);

        R visit(AddEnumValue change);

        R visit(RenameEnumValue change);

        R visit(CreateSequence change);

        R visit(DropSequence change);

        R visit(AlterSequence change);

        R visit(CreateSchema change);

        R visit(DropSchema change);

        R visit(CreateExtension change);

        R visit(DropExtension change);

        R visit(ExecuteSql change);

        R visit(BulkInsert change);
    }
}
