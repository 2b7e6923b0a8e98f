package io.omninode.migrations.internal.engine;

import static io.omninode.migrations.Operations.Option.CASCADE;
import static io.omninode.migrations.Operations.Option.CONCURRENTLY;
import static io.omninode.migrations.Operations.Option.IF_EXISTS;
import static io.omninode.migrations.Operations.Option.IF_NOT_EXISTS;
import static io.omninode.migrations.Operations.Option.NOT_VALID;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.postgres.PostgresDialect;
import io.omninode.migrations.internal.postgres.SqlStatement;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ColumnDefault;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Identity;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Sequence;
import io.omninode.migrations.schema.SqlFragments;
import io.omninode.migrations.schema.SqlType;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
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
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The {@link Operations} given to migrations: turns each call into a {@link SchemaChange},
 * renders it with the {@link PostgresDialect} and hands the statements to a sink — one path, so
 * online and offline runs produce the same text.
 */
final class SqlOperations implements Operations {

    private final StatementSink sink;
    private final PostgresDialect dialect;
    private final String schema;

    SqlOperations(StatementSink sink) {
        this(sink, new PostgresDialect(), null);
    }

    private SqlOperations(StatementSink sink, PostgresDialect dialect, String schema) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.dialect = dialect;
        this.schema = schema;
    }

    @Override
    public void apply(SchemaChange change) {
        Objects.requireNonNull(change, "change");
        sink.changing(change);
        List<SqlStatement> statements = dialect.render(change);
        if (dialect.requiresNoTransaction(change) && sink.inTransaction()) {
            throw new IllegalStateException("PostgreSQL cannot run \"" + statements.get(0).sql()
                    + "\" inside a transaction block: CONCURRENTLY needs a migration of its own marked"
                    + " @Migration(transactional = false)");
        }
        for (SqlStatement statement : statements) {
            sink.execute(statement.sql(), statement.parameters());
        }
    }

    @Override
    public Operations inSchema(String newSchema) {
        return new SqlOperations(sink, dialect, SqlFragments.checkName("schema name", newSchema));
    }

    /** A name given as a string, in the {@link #inSchema} schema if any. */
    private QualifiedName name(String name) {
        return QualifiedName.of(schema, name);
    }

    @Override
    public void createTable(Table table, Option... options) {
        OptionSet given = OptionSet.of("createTable", options, IF_NOT_EXISTS);
        apply(new CreateTable(table.withName(table.name().inSchemaIfAbsent(schema)), given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void dropTable(String table, Option... options) {
        OptionSet given = OptionSet.of("dropTable", options, IF_EXISTS, CASCADE);
        apply(new DropTable(name(table), given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void renameTable(String table, String newName) {
        apply(new RenameTable(name(table), newName));
    }

    @Override
    public void commentOnTable(String table, String comment) {
        apply(new CommentOnTable(name(table), comment));
    }

    @Override
    public void addColumn(String table, Column column, Option... options) {
        OptionSet given = OptionSet.of("addColumn", options, IF_NOT_EXISTS);
        apply(new AddColumn(name(table), column, given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void dropColumn(String table, String column, Option... options) {
        OptionSet given = OptionSet.of("dropColumn", options, IF_EXISTS, CASCADE);
        apply(new DropColumn(name(table), column, given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        apply(new RenameColumn(name(table), column, newName));
    }

    @Override
    public void alterColumnType(String table, String column, String type) {
        apply(new AlterColumnType(name(table), column, SqlType.of(type), null));
    }

    @Override
    public void alterColumnType(String table, String column, String type, String using) {
        apply(new AlterColumnType(name(table), column, SqlType.of(type), Objects.requireNonNull(using, "using")));
    }

    @Override
    public void setNotNull(String table, String column) {
        apply(new AlterColumnNullability(name(table), column, false));
    }

    @Override
    public void dropNotNull(String table, String column) {
        apply(new AlterColumnNullability(name(table), column, true));
    }

    @Override
    public void setDefault(String table, String column, ColumnDefault value) {
        apply(new AlterColumnDefault(name(table), column, Objects.requireNonNull(value, "default (use dropDefault)")));
    }

    @Override
    public void dropDefault(String table, String column) {
        apply(new AlterColumnDefault(name(table), column, null));
    }

    @Override
    public void addIdentity(String table, String column, Identity identity) {
        apply(new AddIdentity(name(table), column, identity));
    }

    @Override
    public void dropIdentity(String table, String column, Option... options) {
        OptionSet given = OptionSet.of("dropIdentity", options, IF_EXISTS);
        apply(new DropIdentity(name(table), column, given.has(IF_EXISTS)));
    }

    @Override
    public void setIdentityGeneration(String table, String column, Identity.Generation generation) {
        apply(new SetIdentityGeneration(name(table), column, generation));
    }

    @Override
    public void commentOnColumn(String table, String column, String comment) {
        apply(new CommentOnColumn(name(table), column, comment));
    }

    @Override
    public void createIndex(Index index, Option... options) {
        OptionSet given = OptionSet.of("createIndex", options, IF_NOT_EXISTS, CONCURRENTLY);
        apply(new CreateIndex(index.onTable(index.table().inSchemaIfAbsent(schema)), given.has(CONCURRENTLY),
                given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void dropIndex(String index, Option... options) {
        OptionSet given = OptionSet.of("dropIndex", options, IF_EXISTS, CONCURRENTLY, CASCADE);
        apply(new DropIndex(name(index), given.has(CONCURRENTLY), given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void renameIndex(String index, String newName) {
        apply(new RenameIndex(name(index), newName));
    }

    @Override
    public void addPrimaryKey(String table, PrimaryKey primaryKey) {
        apply(new AddPrimaryKey(name(table), primaryKey));
    }

    @Override
    public void addForeignKey(String table, ForeignKey foreignKey, Option... options) {
        OptionSet given = OptionSet.of("addForeignKey", options, NOT_VALID);
        apply(new AddForeignKey(name(table), foreignKey, given.has(NOT_VALID)));
    }

    @Override
    public void addUnique(String table, Unique unique) {
        apply(new AddUnique(name(table), unique));
    }

    @Override
    public void addCheck(String table, CheckConstraint check, Option... options) {
        OptionSet given = OptionSet.of("addCheck", options, NOT_VALID);
        apply(new AddCheck(name(table), check, given.has(NOT_VALID)));
    }

    @Override
    public void addExclusion(String table, Exclusion exclusion) {
        apply(new AddExclusion(name(table), exclusion));
    }

    @Override
    public void dropConstraint(String table, String constraint, Option... options) {
        OptionSet given = OptionSet.of("dropConstraint", options, IF_EXISTS, CASCADE);
        apply(new DropConstraint(name(table), constraint, given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void renameConstraint(String table, String constraint, String newName) {
        apply(new RenameConstraint(name(table), constraint, newName));
    }

    @Override
    public void validateConstraint(String table, String constraint) {
        apply(new ValidateConstraint(name(table), constraint));
    }

    @Override
    public void createEnum(String type, String... values) {
        apply(new CreateEnum(new EnumType(name(type), Arrays.asList(values))));
    }

    @Override
    public void dropEnum(String type, Option... options) {
        OptionSet given = OptionSet.of("dropEnum", options, IF_EXISTS, CASCADE);
        apply(new DropEnum(name(type), given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void addEnumValue(String type, String value, Option... options) {
        OptionSet given = OptionSet.of("addEnumValue", options, IF_NOT_EXISTS);
        apply(new AddEnumValue(name(type), value, null, null, given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void addEnumValueBefore(String type, String value, String existing) {
        apply(new AddEnumValue(name(type), value, Objects.requireNonNull(existing, "existing"), null, false));
    }

    @Override
    public void addEnumValueAfter(String type, String value, String existing) {
        apply(new AddEnumValue(name(type), value, null, Objects.requireNonNull(existing, "existing"), false));
    }

    @Override
    public void renameEnumValue(String type, String value, String newValue) {
        apply(new RenameEnumValue(name(type), value, newValue));
    }

    @Override
    public void createSequence(Sequence sequence, Option... options) {
        OptionSet given = OptionSet.of("createSequence", options, IF_NOT_EXISTS);
        apply(new CreateSequence(new Sequence(sequence.name().inSchemaIfAbsent(schema), sequence.options(),
                sequence.ownedBy()),
                given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void alterSequence(Sequence sequence) {
        apply(new AlterSequence(new Sequence(sequence.name().inSchemaIfAbsent(schema), sequence.options(),
                sequence.ownedBy())));
    }

    @Override
    public void dropSequence(String sequence, Option... options) {
        OptionSet given = OptionSet.of("dropSequence", options, IF_EXISTS, CASCADE);
        apply(new DropSequence(name(sequence), given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void createSchema(String name, Option... options) {
        OptionSet given = OptionSet.of("createSchema", options, IF_NOT_EXISTS);
        apply(new CreateSchema(name, given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void dropSchema(String name, Option... options) {
        OptionSet given = OptionSet.of("dropSchema", options, IF_EXISTS, CASCADE);
        apply(new DropSchema(name, given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void createExtension(String name, Option... options) {
        OptionSet given = OptionSet.of("createExtension", options, IF_NOT_EXISTS);
        apply(new CreateExtension(name, schema, given.has(IF_NOT_EXISTS)));
    }

    @Override
    public void dropExtension(String name, Option... options) {
        OptionSet given = OptionSet.of("dropExtension", options, IF_EXISTS, CASCADE);
        apply(new DropExtension(name, given.has(IF_EXISTS), given.has(CASCADE)));
    }

    @Override
    public void execute(String sql) {
        apply(new ExecuteSql(sql, List.of()));
    }

    @Override
    public void execute(String sql, Object... parameters) {
        // Arrays.asList keeps null elements, which are SQL NULL parameters.
        apply(new ExecuteSql(sql, Arrays.asList(parameters)));
    }

    @Override
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // Sorted, because Map.of iterates in a per-JVM order and the script text must not change between runs.
        List<String> columns = List.copyOf(new TreeSet<>(rows.get(0).keySet()));
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            if (!row.keySet().equals(rows.get(0).keySet())) {
                throw new IllegalArgumentException("bulkInsert into " + table + ": row " + (values.size() + 1)
                        + " has columns " + new TreeSet<>(row.keySet()) + ", the first row has " + columns
                        + "; give every row the same columns (a null value for none)");
            }
            List<Object> rowValues = new ArrayList<>();
            columns.forEach(column -> rowValues.add(row.get(column)));
            values.add(rowValues);
        }
        apply(new BulkInsert(name(table), columns, values));
    }

    @Override
    public Connection connection() {
        return sink.connection();
    }
}
