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
import java.util.List;
import java.util.function.UnaryOperator;

/** One table while its rows arrive from several catalog queries; {@link #table()} makes the value. */
final class TableParts {

    final QualifiedName name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<Unique> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    /** Replaces the column named {@code column} with {@code change} applied to it. */
    void changeColumn(String column, UnaryOperator<Column> change) {
        columns.replaceAll(c -> c.name().equals(column) ? change.apply(c) : c);
    }

    Table table() {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, comment, exclusions);
    }
}
