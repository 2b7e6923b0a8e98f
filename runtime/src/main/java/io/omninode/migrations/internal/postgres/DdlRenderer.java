package io.omninode.migrations.internal.postgres;

import static io.omninode.migrations.internal.postgres.DdlClauses.cascade;
import static io.omninode.migrations.internal.postgres.DdlClauses.commentValue;
import static io.omninode.migrations.internal.postgres.DdlClauses.identifiers;
import static io.omninode.migrations.internal.postgres.DdlClauses.ifExists;
import static io.omninode.migrations.internal.postgres.DdlClauses.ifNotExists;
import static io.omninode.migrations.internal.postgres.DdlClauses.name;
import static io.omninode.migrations.schema.SqlText.identifier;

import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.IndexKey;
import io.omninode.migrations.schema.IndexMethod;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.schema.Table;
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
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.change.SetIdentityGeneration;
import io.omninode.migrations.schema.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Renders each kind of schema change as PostgreSQL statements. */
final class DdlRenderer implements SchemaChange.Visitor<List<SqlStatement>> {

    /** PostgreSQL's wire protocol numbers bind parameters with 16 bits. */
    private static final int MAX_PARAMETERS = 65_535;

    /** Keeps each insert statement (and an offline script line) a readable size. */
    private static final int MAX_ROWS_PER_INSERT = 1_000;

    private static List<SqlStatement> one(String sql) {
        return List.of(SqlStatement.of(sql));
    }

    private static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + name(table) + " ";
    }

    private static String alterColumn(QualifiedName table, String column) {
        return alterTable(table) + "ALTER COLUMN " + identifier(column) + " ";
    }

    private static SqlStatement columnComment(QualifiedName table, String column, String comment) {
        return SqlStatement.of("COMMENT ON COLUMN " + name(table) + "." + identifier(column) + " "
                + commentValue(comment));
    }

    @Override
    public List<SqlStatement> visit(CreateTable change) {
        Table table = change.table();
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(DdlClauses.columnDefinition(column)));
        if (table.primaryKey() != null) {
            elements.add(DdlClauses.primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> elements.add(DdlClauses.unique(unique)));
        table.checks().forEach(check -> elements.add(DdlClauses.check(check)));
        table.foreignKeys().forEach(key -> elements.add(DdlClauses.foreignKey(key)));
        table.exclusions().forEach(exclusion -> elements.add(DdlClauses.exclusion(exclusion)));
        String body = elements.isEmpty() ? "()" : elements.stream().collect(Collectors.joining(",\n    ", "(\n    ", "\n)"));
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(SqlStatement.of("CREATE TABLE " + ifNotExists(change.ifNotExists()) + name(table.name()) + " " + body));
        if (table.comment() != null) {
            statements.add(SqlStatement.of("COMMENT ON TABLE " + name(table.name()) + " " + commentValue(table.comment())));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                statements.add(columnComment(table.name(), column.name(), column.comment()));
            }
        }
        return List.copyOf(statements);
    }

    @Override
    public List<SqlStatement> visit(DropTable change) {
        return one("DROP TABLE " + ifExists(change.ifExists()) + name(change.table()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(RenameTable change) {
        return one(alterTable(change.table()) + "RENAME TO " + identifier(change.newName()));
    }

    @Override
    public List<SqlStatement> visit(CommentOnTable change) {
        return one("COMMENT ON TABLE " + name(change.table()) + " " + commentValue(change.comment()));
    }

    @Override
    public List<SqlStatement> visit(AddColumn change) {
        Column column = change.column();
        SqlStatement add = SqlStatement.of(alterTable(change.table()) + "ADD COLUMN "
                + ifNotExists(change.ifNotExists()) + DdlClauses.columnDefinition(column));
        return column.comment() == null
                ? List.of(add)
                : List.of(add, columnComment(change.table(), column.name(), column.comment()));
    }

    @Override
    public List<SqlStatement> visit(DropColumn change) {
        return one(alterTable(change.table()) + "DROP COLUMN " + ifExists(change.ifExists())
                + identifier(change.column()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(RenameColumn change) {
        return one(alterTable(change.table()) + "RENAME COLUMN " + identifier(change.column()) + " TO "
                + identifier(change.newName()));
    }

    @Override
    public List<SqlStatement> visit(AlterColumnType change) {
        return one(alterColumn(change.table(), change.column()) + "TYPE " + change.type().sql()
                + (change.using() == null ? "" : " USING " + change.using()));
    }

    @Override
    public List<SqlStatement> visit(AlterColumnNullability change) {
        return one(alterColumn(change.table(), change.column()) + (change.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
    }

    @Override
    public List<SqlStatement> visit(AlterColumnDefault change) {
        return one(alterColumn(change.table(), change.column()) + (change.defaultValue() == null
                ? "DROP DEFAULT"
                : "SET DEFAULT " + DdlClauses.defaultValue(change.defaultValue())));
    }

    @Override
    public List<SqlStatement> visit(AddIdentity change) {
        return one(alterColumn(change.table(), change.column()) + "ADD " + DdlClauses.identity(change.identity()));
    }

    @Override
    public List<SqlStatement> visit(DropIdentity change) {
        return one(alterColumn(change.table(), change.column()) + "DROP IDENTITY"
                + (change.ifExists() ? " IF EXISTS" : ""));
    }

    @Override
    public List<SqlStatement> visit(SetIdentityGeneration change) {
        return one(alterColumn(change.table(), change.column()) + "SET GENERATED " + change.generation().sql());
    }

    @Override
    public List<SqlStatement> visit(CommentOnColumn change) {
        return List.of(columnComment(change.table(), change.column(), change.comment()));
    }

    @Override
    public List<SqlStatement> visit(CreateIndex change) {
        Index index = change.index();
        StringBuilder sql = new StringBuilder("CREATE ")
                .append(index.unique() ? "UNIQUE " : "")
                .append("INDEX ")
                .append(change.concurrently() ? "CONCURRENTLY " : "")
                .append(ifNotExists(change.ifNotExists()))
                .append(identifier(index.name()))
                .append(" ON ").append(name(index.table()));
        if (index.method() != IndexMethod.BTREE) {
            sql.append(" USING ").append(index.method().sql());
        }
        sql.append(" (").append(index.keys().stream().map(DdlRenderer::indexKey).collect(Collectors.joining(", ")))
                .append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(identifiers(index.include())).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return one(sql.toString());
    }

    private static String indexKey(IndexKey key) {
        // An expression key needs its own parentheses unless it is a bare function call; always adding them is valid.
        StringBuilder sql = new StringBuilder(key.column() != null ? identifier(key.column()) : "(" + key.expression() + ")");
        if (key.opclass() != null) {
            sql.append(' ').append(identifier(key.opclass()));
        }
        if (key.descending()) {
            sql.append(" DESC");
        }
        if (key.nullsFirst() != null) {
            sql.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }

    @Override
    public List<SqlStatement> visit(DropIndex change) {
        return one("DROP INDEX " + (change.concurrently() ? "CONCURRENTLY " : "") + ifExists(change.ifExists())
                + name(change.index()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(RenameIndex change) {
        return one("ALTER INDEX " + name(change.index()) + " RENAME TO " + identifier(change.newName()));
    }

    @Override
    public List<SqlStatement> visit(AddPrimaryKey change) {
        return one(alterTable(change.table()) + "ADD " + DdlClauses.primaryKey(change.primaryKey()));
    }

    @Override
    public List<SqlStatement> visit(AddForeignKey change) {
        return one(alterTable(change.table()) + "ADD " + DdlClauses.foreignKey(change.foreignKey())
                + (change.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public List<SqlStatement> visit(AddUnique change) {
        return one(alterTable(change.table()) + "ADD " + DdlClauses.unique(change.unique()));
    }

    @Override
    public List<SqlStatement> visit(AddCheck change) {
        return one(alterTable(change.table()) + "ADD " + DdlClauses.check(change.check())
                + (change.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public List<SqlStatement> visit(AddExclusion change) {
        return one(alterTable(change.table()) + "ADD " + DdlClauses.exclusion(change.exclusion()));
    }

    @Override
    public List<SqlStatement> visit(DropConstraint change) {
        return one(alterTable(change.table()) + "DROP CONSTRAINT " + ifExists(change.ifExists())
                + identifier(change.name()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(RenameConstraint change) {
        return one(alterTable(change.table()) + "RENAME CONSTRAINT " + identifier(change.name()) + " TO "
                + identifier(change.newName()));
    }

    @Override
    public List<SqlStatement> visit(ValidateConstraint change) {
        return one(alterTable(change.table()) + "VALIDATE CONSTRAINT " + identifier(change.name()));
    }

    @Override
    public List<SqlStatement> visit(CreateEnum change) {
        return one("CREATE TYPE " + name(change.type().name()) + " AS ENUM ("
                + change.type().values().stream().map(SqlText::string).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public List<SqlStatement> visit(DropEnum change) {
        return one("DROP TYPE " + ifExists(change.ifExists()) + name(change.type()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(AddEnumValue change) {
        String position = change.before() != null ? " BEFORE " + SqlText.string(change.before())
                : change.after() != null ? " AFTER " + SqlText.string(change.after()) : "";
        return one("ALTER TYPE " + name(change.type()) + " ADD VALUE " + ifNotExists(change.ifNotExists())
                + SqlText.string(change.value()) + position);
    }

    @Override
    public List<SqlStatement> visit(RenameEnumValue change) {
        return one("ALTER TYPE " + name(change.type()) + " RENAME VALUE " + SqlText.string(change.value()) + " TO "
                + SqlText.string(change.newValue()));
    }

    @Override
    public List<SqlStatement> visit(CreateSequence change) {
        Sequence sequence = change.sequence();
        return one("CREATE SEQUENCE " + ifNotExists(change.ifNotExists()) + name(sequence.name())
                + DdlClauses.sequenceOptions(sequence.options())
                + (sequence.ownedBy() == null ? "" : DdlClauses.sequenceOwner(sequence)));
    }

    @Override
    public List<SqlStatement> visit(AlterSequence change) {
        return one("ALTER SEQUENCE " + name(change.sequence().name())
                + DdlClauses.sequenceAlteration(change.sequence().options()) + DdlClauses.sequenceOwner(change.sequence()));
    }

    @Override
    public List<SqlStatement> visit(DropSequence change) {
        return one("DROP SEQUENCE " + ifExists(change.ifExists()) + name(change.sequence()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(CreateSchema change) {
        return one("CREATE SCHEMA " + ifNotExists(change.ifNotExists()) + identifier(change.name()));
    }

    @Override
    public List<SqlStatement> visit(DropSchema change) {
        return one("DROP SCHEMA " + ifExists(change.ifExists()) + identifier(change.name()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(CreateExtension change) {
        return one("CREATE EXTENSION " + ifNotExists(change.ifNotExists()) + identifier(change.name())
                + (change.schema() == null ? "" : " WITH SCHEMA " + identifier(change.schema())));
    }

    @Override
    public List<SqlStatement> visit(DropExtension change) {
        return one("DROP EXTENSION " + ifExists(change.ifExists()) + identifier(change.name()) + cascade(change.cascade()));
    }

    @Override
    public List<SqlStatement> visit(ExecuteSql change) {
        return List.of(new SqlStatement(change.sql(), change.parameters()));
    }

    @Override
    public List<SqlStatement> visit(BulkInsert change) {
        int width = change.columns().size();
        int rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS / width));
        String head = "INSERT INTO " + name(change.table()) + " (" + identifiers(change.columns()) + ") VALUES ";
        String placeholders = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        List<SqlStatement> statements = new ArrayList<>();
        List<List<Object>> rows = change.rows();
        for (int from = 0; from < rows.size(); from += rowsPerStatement) {
            List<List<Object>> batch = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
            List<Object> parameters = new ArrayList<>();
            batch.forEach(parameters::addAll);
            statements.add(new SqlStatement(head + String.join(", ", Collections.nCopies(batch.size(), placeholders)),
                    parameters));
        }
        return List.copyOf(statements);
    }
}
