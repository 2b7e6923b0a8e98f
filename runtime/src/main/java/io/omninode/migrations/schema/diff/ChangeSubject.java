package io.omninode.migrations.schema.diff;

import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
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
import io.omninode.migrations.schema.change.SetIdentityGeneration;
import io.omninode.migrations.schema.change.ValidateConstraint;
import io.omninode.migrations.schema.change.SchemaChange;

/**
 * What a change is about, the heading a review groups it under: {@code table node} for a change to a
 * table, its columns, constraints or indexes, else the object itself ({@code enum node_status}).
 * A change that names an index alone is placed on the index's table in the schema it applies to.
 */
final class ChangeSubject implements SchemaChange.Visitor<String> {

    private final Schema from;

    /** @param from the schema the change applies to */
    ChangeSubject(Schema from) {
        this.from = from;
    }

    @Override
    public String visit(CreateTable change) {
        return table(change.table().name());
    }

    @Override
    public String visit(DropTable change) {
        return table(change.table());
    }

    @Override
    public String visit(RenameTable change) {
        return table(change.table());
    }

    @Override
    public String visit(CommentOnTable change) {
        return table(change.table());
    }

    @Override
    public String visit(AddColumn change) {
        return table(change.table());
    }

    @Override
    public String visit(DropColumn change) {
        return table(change.table());
    }

    @Override
    public String visit(RenameColumn change) {
        return table(change.table());
    }

    @Override
    public String visit(AlterColumnType change) {
        return table(change.table());
    }

    @Override
    public String visit(AlterColumnNullability change) {
        return table(change.table());
    }

    @Override
    public String visit(AlterColumnDefault change) {
        return table(change.table());
    }

    @Override
    public String visit(AddIdentity change) {
        return table(change.table());
    }

    @Override
    public String visit(DropIdentity change) {
        return table(change.table());
    }

    @Override
    public String visit(SetIdentityGeneration change) {
        return table(change.table());
    }

    @Override
    public String visit(CommentOnColumn change) {
        return table(change.table());
    }

    @Override
    public String visit(CreateIndex change) {
        return table(change.index().table());
    }

    @Override
    public String visit(DropIndex change) {
        return indexTable(change.index());
    }

    @Override
    public String visit(RenameIndex change) {
        return indexTable(change.index());
    }

    @Override
    public String visit(AddPrimaryKey change) {
        return table(change.table());
    }

    @Override
    public String visit(AddForeignKey change) {
        return table(change.table());
    }

    @Override
    public String visit(AddUnique change) {
        return table(change.table());
    }

    @Override
    public String visit(AddCheck change) {
        return table(change.table());
    }

    @Override
    public String visit(AddExclusion change) {
        return table(change.table());
    }

    @Override
    public String visit(DropConstraint change) {
        return table(change.table());
    }

    @Override
    public String visit(RenameConstraint change) {
        return table(change.table());
    }

    @Override
    public String visit(ValidateConstraint change) {
        return table(change.table());
    }

    @Override
    public String visit(CreateEnum change) {
        return "enum " + change.type().name();
    }

    @Override
    public String visit(DropEnum change) {
        return "enum " + change.type();
    }

    @Override
    public String visit(AddEnumValue change) {
        return "enum " + change.type();
    }

    @Override
    public String visit(RenameEnumValue change) {
        return "enum " + change.type();
    }

    @Override
    public String visit(CreateSequence change) {
        return "sequence " + change.sequence().name();
    }

    @Override
    public String visit(AlterSequence change) {
        return "sequence " + change.sequence().name();
    }

    @Override
    public String visit(DropSequence change) {
        return "sequence " + change.sequence();
    }

    @Override
    public String visit(CreateSchema change) {
        return "schema " + change.name();
    }

    @Override
    public String visit(DropSchema change) {
        return "schema " + change.name();
    }

    @Override
    public String visit(CreateExtension change) {
        return "extension " + change.name();
    }

    @Override
    public String visit(DropExtension change) {
        return "extension " + change.name();
    }

    @Override
    public String visit(ExecuteSql change) {
        return "statements";
    }

    @Override
    public String visit(BulkInsert change) {
        return table(change.table());
    }

    private static String table(QualifiedName table) {
        return "table " + table;
    }

    private String indexTable(QualifiedName index) {
        return from.indexes().stream().filter(i -> Schema.indexName(i).equals(index)).findFirst()
                .map(Index::table).map(ChangeSubject::table).orElse("index " + index);
    }
}
