package io.omninode.migrations;

import java.util.List;

/**
 * A revision as Alembic's commands print it: a one-line form whose parts depend on the command
 * ({@code history}: {@code <base> -> 1975ea83b712 (head), create node}; a head that other revisions
 * depend on is an {@code (effective head)}, as in Alembic) and the verbose entry of
 * {@code history --verbose} and {@code show} ({@code Rev: ... / Parent: ... / Path: ...}). The CLI and
 * the Maven plugin print revisions with it, so both say the same.
 *
 * <pre>{@code
 * migrator.heads().forEach(h -> System.out.println(RevisionText.line(h, RevisionText.Style.HEADS, false)));
 * }</pre>
 */
public final class RevisionText {

    /**
     * Which parts a one-line form shows, as Alembic's {@code cmd_format} arguments.
     *
     * @param parents {@code down -> rev}
     * @param branches {@code (label)}
     * @param headIndicators {@code (head)}, {@code (current)}
     * @param treeIndicators {@code (branchpoint)}, {@code (mergepoint)}, and the head indicators
     * @param doc {@code , message}
     */
    public record Style(boolean parents, boolean branches, boolean headIndicators, boolean treeIndicators, boolean doc) {

        /** {@code current} */
        public static final Style CURRENT = new Style(false, false, true, true, false);
        /** {@code history} */
        public static final Style HISTORY = new Style(true, true, true, true, true);
        /** {@code heads} */
        public static final Style HEADS = new Style(false, true, true, false, false);
        /** a branch point in {@code branches} */
        public static final Style BRANCH_POINT = new Style(false, true, true, true, false);
        /** a revision following a branch point in {@code branches} */
        public static final Style BRANCH = new Style(false, true, true, true, false);
        /** a revision following a branch point in {@code branches --verbose} */
        public static final Style BRANCH_VERBOSE = new Style(false, true, true, true, true);
    }

    private RevisionText() {}

    /** The one-line form. */
    public static String line(RevisionInfo revision, Style style, boolean current) {
        StringBuilder text = new StringBuilder();
        if (style.parents()) {
            text.append(downRevisions(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.revision());
        if (style.branches() && !revision.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", revision.branchLabels())).append(')');
        }
        if (style.headIndicators() || style.treeIndicators()) {
            text.append(revision.effectiveHead() ? " (effective head)" : revision.head() ? " (head)" : "")
                    .append(current ? " (current)" : "");
        }
        if (style.treeIndicators()) {
            text.append(revision.branchPoint() ? " (branchpoint)" : "").append(revision.merge() ? " (mergepoint)" : "");
        }
        if (style.doc()) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /** The verbose entry, ending with a blank line. */
    public static String entry(RevisionInfo revision, boolean current) {
        StringBuilder text = new StringBuilder("Rev: ").append(revision.revision())
                .append(revision.head() ? " (head)" : "")
                .append(revision.branchPoint() ? " (branchpoint)" : "")
                .append(revision.merge() ? " (mergepoint)" : "")
                .append(current ? " (current)" : "").append('\n');
        text.append(revision.merge() ? "Merges: " : "Parent: ").append(downRevisions(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            text.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (revision.branchPoint()) {
            text.append("Branches into: ").append(String.join(", ", revision.nextRevisions())).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            text.append("Branch names: ").append(String.join(", ", revision.branchLabels())).append('\n');
        }
        text.append("Path: ").append(revision.className()).append('\n');
        text.append('\n');
        revision.message().lines().forEach(line -> text.append("    ").append(line).append('\n'));
        return text.toString();
    }

    private static String downRevisions(RevisionInfo revision) {
        List<String> down = revision.downRevisions();
        return down.isEmpty() ? "<base>" : String.join(", ", down);
    }
}
