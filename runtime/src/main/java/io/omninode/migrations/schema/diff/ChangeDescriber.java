package io.omninode.migrations.schema.diff;

import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Sequence;
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
import io.omninode.migrations.schema.change.DestructiveChange;
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
import java.util.Locale;

/**
 * One review line per change ({@code +} added, {@code -} removed, {@code ~} changed):
 * {@code ~ column node.status: text -> node_status}.
 */
final class ChangeDescriber implements SchemaChange.Visitor<String> {

    private final SqlType oldType;

    /** @param oldType the column's type before a type change, which the change itself does not carry */
    ChangeDescriber(SqlType oldType) {
        this.oldType = oldType;
    }

    @Override
    public String visit(CreateTable change) {
        return "+ table " + change.table().name();
    }

    @Override
    public String visit(DropTable change) {
        return "- table " + change.table();
    }

    @Override
    public String visit(RenameTable change) {
        return "~ table " + change.table() + " -> " + change.newName();
    }

    @Override
    public String visit(CommentOnTable change) {
        return "~ comment on table " + change.table();
    }

    @Override
    public String visit(AddColumn change) {
        return "+ column " + change.table() + "." + change.column().name() + " " + change.column().type();
    }

    @Override
    public String visit(DropColumn change) {
        return "- column " + change.table() + "." + change.column();
    }

    @Override
    public String visit(RenameColumn change) {
        return "~ column " + change.table() + "." + change.column() + " -> " + change.newName();
    }

    @Override
    public String visit(AlterColumnType change) {
        return "~ column " + change.table() + "." + change.column() + ": " + (oldType == null ? "" : oldType + " -> ")
                + change.type();
    }

    @Override
    public String visit(AlterColumnNullability change) {
        return "~ column " + change.table() + "." + change.column() + ": " + (change.nullable() ? "null" : "not null");
    }

    @Override
    public String visit(AlterColumnDefault change) {
        return "~ column " + change.table() + "." + change.column() + ": "
                + (change.defaultValue() == null ? "no default" : "default " + describe(change.defaultValue()));
    }

    @Override
    public String visit(AddIdentity change) {
        return "~ column " + change.table() + "." + change.column() + ": generated "
                + change.identity().generation().sql().toLowerCase(Locale.ROOT) + " as identity";
    }

    @Override
    public String visit(DropIdentity change) {
        return "~ column " + change.table() + "." + change.column() + ": no identity";
    }

    @Override
    public String visit(SetIdentityGeneration change) {
        return "~ column " + change.table() + "." + change.column() + ": generated "
                + change.generation().sql().toLowerCase(Locale.ROOT);
    }

    @Override
    public String visit(CommentOnColumn change) {
        return "~ comment on column " + change.table() + "." + change.column();
    }

    @Override
    public String visit(CreateIndex change) {
        return "+ index " + change.index().name() + " on " + change.index().table();
    }

    @Override
    public String visit(DropIndex change) {
        return "- index " + change.index();
    }

    @Override
    public String visit(RenameIndex change) {
        return "~ index " + change.index() + " -> " + change.newName();
    }

    @Override
    public String visit(AddPrimaryKey change) {
        return "+ primary key " + name(change.primaryKey().name()) + "on " + change.table()
                + " " + change.primaryKey().columns();
    }

    @Override
    public String visit(AddForeignKey change) {
        return "+ foreign key " + name(change.foreignKey().name()) + "on " + change.table() + " "
                + change.foreignKey().columns() + " -> " + change.foreignKey().referencedTable();
    }

    @Override
    public String visit(AddUnique change) {
        return "+ unique " + name(change.unique().name()) + "on " + change.table() + " " + change.unique().columns();
    }

    @Override
    public String visit(AddCheck change) {
        return "+ check " + name(change.check().name()) + "on " + change.table();
    }

    @Override
    public String visit(AddExclusion change) {
        return "+ exclusion " + change.exclusion().name() + " on " + change.table();
    }

    @Override
    public String visit(DropConstraint change) {
        return "- constraint " + change.name() + " on " + change.table();
    }

    @Override
    public String visit(RenameConstraint change) {
        return "~ constraint " + change.name() + " on " + change.table() + " -> " + change.newName();
    }

    @Override
    public String visit(ValidateConstraint change) {
        return "~ validate constraint " + change.name() + " on " + change.table();
    }

    @Override
    public String visit(CreateEnum change) {
        return "+ enum " + change.type().name() + " " + change.type().values();
    }

    @Override
    public String visit(DropEnum change) {
        return "- enum " + change.type();
    }

    @Override
    public String visit(AddEnumValue change) {
        return "+ enum value " + change.type() + "." + change.value();
    }

    @Override
    public String visit(RenameEnumValue change) {
        return "~ enum value " + change.type() + "." + change.value() + " -> " + change.newValue();
    }

    @Override
    public String visit(CreateSequence change) {
        return "+ sequence " + change.sequence().name();
    }

    @Override
    public String visit(AlterSequence change) {
        Sequence.Owner owner = change.sequence().ownedBy();
        return "~ sequence " + change.sequence().name() + " options"
                + (owner == null ? "" : ", owned by " + owner.table() + "." + owner.column());
    }

    @Override
    public String visit(DropSequence change) {
        return "- sequence " + change.sequence();
    }

    @Override
    public String visit(CreateSchema change) {
        return "+ schema " + change.name();
    }

    @Override
    public String visit(DropSchema change) {
        return "- schema " + change.name();
    }

    @Override
    public String visit(CreateExtension change) {
        return "+ extension " + change.name();
    }

    @Override
    public String visit(DropExtension change) {
        return "- extension " + change.name();
    }

    @Override
    public String visit(ExecuteSql change) {
        return "~ execute " + change.sql();
    }

    @Override
    public String visit(BulkInsert change) {
        return "+ " + change.rows().size() + " rows into " + change.table();
    }

    private static String name(String name) {
        return name == null ? "" : name + " ";
    }

    private static String describe(ColumnDefault value) {
        return value instanceof ColumnDefault.Expression e ? e.sql()
                : SqlText.literal(((ColumnDefault.Value) value).value());
    }
}
