package io.omninode.migrations.schema.change;

/**
 * A change that can lose data: dropping a table, column, enum type, sequence, schema or
 * extension, or changing a column's type (a narrower type can fail on, or round, existing values).
 * A diff flags these and a generated migration stub marks them with a warning.
 */
public sealed interface DestructiveChange extends SchemaChange
        permits DropTable, DropColumn, AlterColumnType, DropEnum, DropSequence, DropSchema, DropExtension {

    @Override
    default boolean destructive() {
        return true;
    }
}
