package io.omninode.migrations.schema.diff;

import io.omninode.migrations.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * Objects that disappeared while others appeared next to them: perhaps a rename. The diff never
 * guesses; it drops and adds, and this value tells the user how to say "rename" instead.
 *
 * @param table the table whose columns changed, or, for tables, the schema's representative (any dropped table)
 * @param columns true when {@code dropped} and {@code added} are columns of {@code table}; false for tables
 * @param dropped the names that disappeared
 * @param added the names that appeared
 */
public record RenameCandidate(QualifiedName table, boolean columns, List<String> dropped, List<String> added) {

    public RenameCandidate {
        Objects.requireNonNull(table, "table");
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
    }

    /** A sentence naming what changed and both ways to go on. */
    public String advice() {
        String what = columns ? "column" : "table";
        String where = columns ? " of table " + table : "";
        String attribute = columns ? "@Column" : "@Table";
        return what + (dropped.size() > 1 ? "s " : " ") + quoted(dropped) + where + " disappeared while "
                + quoted(added) + " appeared; if this is a rename, annotate the new " + what + " with "
                + attribute + "(renamedFrom = \"" + dropped.get(0) + "\"), otherwise accept the drop (its data is lost)";
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
