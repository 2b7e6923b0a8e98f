package io.omninode.migrations.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.omninode.migrations.Operations.Option;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.QualifiedName;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code Operations} call per schema change, as the statement a person would write:
 * {@code op.addColumn("node", Column.of("status", "text"))}, {@code op.inSchema("audit").dropTable("event")}.
 */
final class ChangeCode implements SchemaChange.Visitor<CodeBlock> {

    private final String op;

    /** @param op the name of the {@code Operations} parameter */
    ChangeCode(String op) {
        this.op = op;
    }

    @Override
    public CodeBlock visit(CreateTable change) {
        return call(change.table().name().schema(), "createTable", CodeBlock.of("$L", ModelCode.table(change.table())),
                flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(DropTable change) {
        return call(change.table().schema(), "dropTable", names(change.table().name()),
                flag(change.ifExists(), Option.IF_EXISTS), flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(RenameTable change) {
        return call(change.table().schema(), "renameTable", names(change.table().name(), change.newName()));
    }

    @Override
    public CodeBlock visit(CommentOnTable change) {
        return call(change.table().schema(), "commentOnTable",
                CodeBlock.of("$S, $S", change.table().name(), change.comment()));
    }

    @Override
    public CodeBlock visit(AddColumn change) {
        return call(change.table().schema(), "addColumn",
                CodeBlock.of("$S, $L", change.table().name(), ModelCode.column(change.column())),
                flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(DropColumn change) {
        return call(change.table().schema(), "dropColumn", names(change.table().name(), change.column()),
                flag(change.ifExists(), Option.IF_EXISTS), flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(RenameColumn change) {
        return call(change.table().schema(), "renameColumn",
                names(change.table().name(), change.column(), change.newName()));
    }

    @Override
    public CodeBlock visit(AlterColumnType change) {
        List<String> args = new ArrayList<>(List.of(change.table().name(), change.column(), change.type().sql()));
        if (change.using() != null) {
            args.add(change.using());
        }
        return call(change.table().schema(), "alterColumnType", ModelCode.strings(args));
    }

    @Override
    public CodeBlock visit(AlterColumnNullability change) {
        return call(change.table().schema(), change.nullable() ? "dropNotNull" : "setNotNull",
                names(change.table().name(), change.column()));
    }

    @Override
    public CodeBlock visit(AlterColumnDefault change) {
        if (change.defaultValue() == null) {
            return call(change.table().schema(), "dropDefault", names(change.table().name(), change.column()));
        }
        return call(change.table().schema(), "setDefault", CodeBlock.of("$S, $S, $L", change.table().name(),
                change.column(), ModelCode.columnDefault(change.defaultValue())));
    }

    @Override
    public CodeBlock visit(AddIdentity change) {
        return call(change.table().schema(), "addIdentity", CodeBlock.of("$S, $S, $L", change.table().name(),
                change.column(), ModelCode.identity(change.identity())));
    }

    @Override
    public CodeBlock visit(DropIdentity change) {
        return call(change.table().schema(), "dropIdentity", names(change.table().name(), change.column()),
                flag(change.ifExists(), Option.IF_EXISTS));
    }

    @Override
    public CodeBlock visit(SetIdentityGeneration change) {
        return call(change.table().schema(), "setIdentityGeneration", CodeBlock.of("$S, $S, $T.Generation.$L",
                change.table().name(), change.column(), Identity.class, change.generation().name()));
    }

    @Override
    public CodeBlock visit(CommentOnColumn change) {
        return call(change.table().schema(), "commentOnColumn",
                CodeBlock.of("$S, $S, $S", change.table().name(), change.column(), change.comment()));
    }

    @Override
    public CodeBlock visit(CreateIndex change) {
        return call(change.index().table().schema(), "createIndex", ModelCode.index(change.index()),
                flag(change.concurrently(), Option.CONCURRENTLY), flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(DropIndex change) {
        return call(change.index().schema(), "dropIndex", names(change.index().name()),
                flag(change.concurrently(), Option.CONCURRENTLY), flag(change.ifExists(), Option.IF_EXISTS),
                flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(RenameIndex change) {
        return call(change.index().schema(), "renameIndex", names(change.index().name(), change.newName()));
    }

    @Override
    public CodeBlock visit(AddPrimaryKey change) {
        return call(change.table().schema(), "addPrimaryKey",
                CodeBlock.of("$S, $L", change.table().name(), ModelCode.primaryKey(change.primaryKey())));
    }

    @Override
    public CodeBlock visit(AddForeignKey change) {
        return call(change.table().schema(), "addForeignKey",
                CodeBlock.of("$S, $L", change.table().name(), ModelCode.foreignKey(change.foreignKey())),
                flag(change.notValid(), Option.NOT_VALID));
    }

    @Override
    public CodeBlock visit(AddUnique change) {
        return call(change.table().schema(), "addUnique",
                CodeBlock.of("$S, $L", change.table().name(), ModelCode.unique(change.unique())));
    }

    @Override
    public CodeBlock visit(AddCheck change) {
        return call(change.table().schema(), "addCheck",
                CodeBlock.of("$S, $L", change.table().name(), ModelCode.check(change.check())),
                flag(change.notValid(), Option.NOT_VALID));
    }

    @Override
    public CodeBlock visit(AddExclusion change) {
        return call(change.table().schema(), "addExclusion",
                CodeBlock.of("$S, $L", change.table().name(), ModelCode.exclusion(change.exclusion())));
    }

    @Override
    public CodeBlock visit(DropConstraint change) {
        return call(change.table().schema(), "dropConstraint", names(change.table().name(), change.name()),
                flag(change.ifExists(), Option.IF_EXISTS), flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(RenameConstraint change) {
        return call(change.table().schema(), "renameConstraint",
                names(change.table().name(), change.name(), change.newName()));
    }

    @Override
    public CodeBlock visit(ValidateConstraint change) {
        return call(change.table().schema(), "validateConstraint", names(change.table().name(), change.name()));
    }

    @Override
    public CodeBlock visit(CreateEnum change) {
        EnumType type = change.type();
        List<String> args = new ArrayList<>();
        args.add(type.name().name());
        args.addAll(type.values());
        return call(type.name().schema(), "createEnum", ModelCode.strings(args));
    }

    @Override
    public CodeBlock visit(DropEnum change) {
        return call(change.type().schema(), "dropEnum", names(change.type().name()),
                flag(change.ifExists(), Option.IF_EXISTS), flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(AddEnumValue change) {
        QualifiedName type = change.type();
        if (change.before() != null) {
            return call(type.schema(), "addEnumValueBefore", names(type.name(), change.value(), change.before()));
        }
        if (change.after() != null) {
            return call(type.schema(), "addEnumValueAfter", names(type.name(), change.value(), change.after()));
        }
        return call(type.schema(), "addEnumValue", names(type.name(), change.value()),
                flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(RenameEnumValue change) {
        return call(change.type().schema(), "renameEnumValue",
                names(change.type().name(), change.value(), change.newValue()));
    }

    @Override
    public CodeBlock visit(CreateSequence change) {
        return call(change.sequence().name().schema(), "createSequence", ModelCode.sequence(change.sequence()),
                flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(AlterSequence change) {
        return call(change.sequence().name().schema(), "alterSequence", ModelCode.sequence(change.sequence()));
    }

    @Override
    public CodeBlock visit(DropSequence change) {
        return call(change.sequence().schema(), "dropSequence", names(change.sequence().name()),
                flag(change.ifExists(), Option.IF_EXISTS), flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(CreateSchema change) {
        return call(null, "createSchema", names(change.name()), flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(DropSchema change) {
        return call(null, "dropSchema", names(change.name()), flag(change.ifExists(), Option.IF_EXISTS),
                flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(CreateExtension change) {
        return call(change.schema(), "createExtension", names(change.name()),
                flag(change.ifNotExists(), Option.IF_NOT_EXISTS));
    }

    @Override
    public CodeBlock visit(DropExtension change) {
        return call(null, "dropExtension", names(change.name()), flag(change.ifExists(), Option.IF_EXISTS),
                flag(change.cascade(), Option.CASCADE));
    }

    @Override
    public CodeBlock visit(ExecuteSql change) {
        CodeBlock.Builder args = CodeBlock.builder().add("$S", change.sql());
        change.parameters().forEach(p -> args.add(", $L", ModelCode.literal(p)));
        return call(null, "execute", args.build());
    }

    @Override
    public CodeBlock visit(BulkInsert change) {
        // bulkInsert(table, maps) cannot carry SQL NULLs in Map.of, so the change is built as a value
        CodeBlock rows = change.rows().stream()
                .map(row -> CodeBlock.of("$T.<Object>asList($L)", Arrays.class,
                        row.stream().map(ModelCode::literal).collect(CodeBlock.joining(", "))))
                .collect(CodeBlock.joining(", "));
        QualifiedName table = change.table();
        CodeBlock name = table.schema() == null ? CodeBlock.of("$T.of($S)", QualifiedName.class, table.name())
                : CodeBlock.of("$T.of($S, $S)", QualifiedName.class, table.schema(), table.name());
        return CodeBlock.of("$L.apply(new $T($L, $T.of($L), $T.of($L)))", op, BulkInsert.class, name, List.class,
                ModelCode.strings(change.columns()), List.class, rows);
    }

    private CodeBlock call(String schema, String method, CodeBlock arguments, Option... options) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L", op);
        if (schema != null) {
            code.add(".inSchema($S)", schema);
        }
        code.add(".$L($L", method, arguments);
        for (Option option : options) {
            if (option != null) {
                code.add(", $T.$L", Option.class, option.name());
            }
        }
        return code.add(")").build();
    }

    private static Option flag(boolean set, Option option) {
        return set ? option : null;
    }

    private static CodeBlock names(String... names) {
        return ModelCode.strings(List.of(names));
    }
}
