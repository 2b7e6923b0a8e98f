package io.omninode.migrations.cli.format;

import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.RevisionText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Draws the revision DAG like {@code git log --graph}: newest first, one lane per open branch,
 * {@code |/} where branches join at their branch point, {@code |\} below a merge.
 *
 * <pre>
 * * 4f2e8d1b6a33 (head) (mergepoint), merge feature into main
 * |\
 * | * 3b5a2c8a9f01, add account email
 * * | 27c6a30d7c24 (feature), add node region
 * |/
 * * ae1027a6acf0 (branchpoint), add account table
 * </pre>
 */
public final class TerminalGraph {

    private static final RevisionText.Style LABEL = new RevisionText.Style(false, true, true, true, false);

    private TerminalGraph() {}

    /**
     * @param revisions every revision in topological order (parents first)
     * @param current the database's current revisions, marked {@code (current)}; empty when unknown
     */
    public static List<String> draw(List<RevisionInfo> revisions, Set<String> current) {
        List<String> lines = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        for (int index = revisions.size() - 1; index >= 0; index--) {
            RevisionInfo revision = revisions.get(index);
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < lanes.size(); i++) {
                if (lanes.get(i).equals(revision.revision())) {
                    columns.add(i);
                }
            }
            if (columns.isEmpty()) {
                lanes.add(revision.revision());
                columns.add(lanes.size() - 1);
            }
            int column = columns.get(0);
            for (int j = columns.size() - 1; j >= 1; j--) {
                lines.add(join(lanes.size(), columns.get(j), column));
                lanes.remove((int) columns.get(j));
            }
            lines.add(row(lanes.size(), column) + " " + label(revision, current.contains(revision.revision())));
            List<String> parents = revision.downRevisions();
            if (parents.isEmpty()) {
                if (column < lanes.size() - 1) {
                    lines.add(shiftLeft(lanes.size(), column));
                }
                lanes.remove(column);
            } else {
                lanes.set(column, parents.get(0));
                for (int k = 1; k < parents.size(); k++) {
                    lanes.add(column + k, parents.get(k));
                }
                if (parents.size() > 1) {
                    lines.add(split(lanes.size(), column));
                }
            }
        }
        return lines;
    }

    private static String label(RevisionInfo revision, boolean current) {
        String dependsOn = revision.dependsOn().isEmpty() ? ""
                : " (depends on " + String.join(", ", revision.dependsOn()) + ")";
        return RevisionText.line(revision, LABEL, current) + dependsOn + ", " + revision.message();
    }

    private static String row(int lanes, int column) {
        char[] chars = blank(lanes);
        for (int i = 0; i < lanes; i++) {
            chars[2 * i] = i == column ? '*' : '|';
        }
        return trim(chars);
    }

    /** Lane {@code from} joins lane {@code into} (to its left); the lanes right of it move left. */
    private static String join(int lanes, int from, int into) {
        char[] chars = blank(lanes);
        for (int k = 0; k < from; k++) {
            chars[2 * k] = '|';
        }
        for (int k = into; k < from - 1; k++) {
            chars[2 * k + 1] = '_';
        }
        for (int k = from; k < lanes; k++) {
            chars[2 * k - 1] = '/';
        }
        return trim(chars);
    }

    /** A base ends its lane; the lanes right of it move left. */
    private static String shiftLeft(int lanes, int column) {
        char[] chars = blank(lanes);
        for (int k = 0; k < column; k++) {
            chars[2 * k] = '|';
        }
        for (int k = column + 1; k < lanes; k++) {
            chars[2 * k - 1] = '/';
        }
        return trim(chars);
    }

    /** Below a merge: new lanes open right of its column, the lanes after them move right. */
    private static String split(int lanes, int column) {
        char[] chars = blank(lanes);
        for (int k = 0; k <= column; k++) {
            chars[2 * k] = '|';
        }
        for (int k = column + 1; k < lanes; k++) {
            chars[2 * k - 1] = '\\';
        }
        return trim(chars);
    }

    private static char[] blank(int lanes) {
        char[] chars = new char[Math.max(1, 2 * lanes)];
        Arrays.fill(chars, ' ');
        return chars;
    }

    private static String trim(char[] chars) {
        return new String(chars).stripTrailing();
    }
}
