package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.Exclusion;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** One table while its rows arrive from several catalog queries; {@link #table()} makes the value. */
final class TableParts {

    final QualifiedName name;
    final String comment;
    /** The columns by attribute number, as they arrive in no particular order; dropped ones leave gaps. */
    private Column[] columns = new Column[16];
    PrimaryKey primaryKey;
    final List<Unique> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    /** Adds column number {@code attnum} (1-based). */
    void addColumn(int attnum, Column column) {
        if (attnum >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(attnum + 1, columns.length * 2));
        }
        columns[attnum] = column;
    }

    /** The column named {@code name}. */
    Optional<Column> column(String name) {
        for (Column column : columns) {
            if (column != null && column.name().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Replaces the column named {@code column} with {@code change} applied to it. */
    void changeColumn(String column, UnaryOperator<Column> change) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null && columns[i].name().equals(column)) {
                columns[i] = change.apply(columns[i]);
            }
        }
    }

    /** The table, its columns in their order in the table. */
    Table table() {
        List<Column> ordered = new ArrayList<>();
        for (Column column : columns) {
            if (column != null) {
                ordered.add(column);
            }
        }
        return new Table(name, ordered, primaryKey, uniques, checks, foreignKeys, comment, exclusions);
    }
}
