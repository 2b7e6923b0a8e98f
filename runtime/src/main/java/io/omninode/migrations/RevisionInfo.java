package io.omninode.migrations;

import java.util.List;
import java.util.Objects;

/**
 * One revision as {@code history}, {@code heads}, {@code branches}, {@code show} and {@code current}
 * describe it.
 *
 * <pre>{@code
 * for (RevisionInfo r : migrator.history(":")) {
 *     System.out.println(String.join(", ", r.downRevisions()) + " -> " + r.revision() + (r.head() ? " (head)" : "")
 *             + ", " + r.message());
 * }
 * }</pre>
 *
 * @param revision the revision id
 * @param downRevisions its parents; empty for a base, two or more for a merge
 * @param dependsOn revisions it depends on without following them
 * @param branchLabels branch labels it declares
 * @param nextRevisions its children, sorted
 * @param message the one-line description
 * @param head whether no revision follows it
 * @param effectiveHead whether it is a head that other revisions name in {@code dependsOn}: Alembic's
 *     "effective head", printed so instead of "head"
 * @param base whether it has no parent
 * @param merge whether it has several parents
 * @param branchPoint whether several revisions follow it
 * @param transactional whether it runs inside a transaction
 * @param checksum the checksum of its current source
 * @param className the migration class
 */
public record RevisionInfo(
        String revision,
        List<String> downRevisions,
        List<String> dependsOn,
        List<String> branchLabels,
        List<String> nextRevisions,
        String message,
        boolean head,
        boolean effectiveHead,
        boolean base,
        boolean merge,
        boolean branchPoint,
        boolean transactional,
        String checksum,
        String className) {

    public RevisionInfo {
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        nextRevisions = List.copyOf(nextRevisions);
        message = Objects.requireNonNullElse(message, "");
    }
}
