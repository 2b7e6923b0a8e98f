package io.omninode.migrations.graph;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph, as declared by a {@code @Migration}.
 *
 * @param id the revision id
 * @param downRevisions parent revisions; empty for a base, two or more for a merge
 * @param dependsOn revisions (or branch labels) that must be applied first without being parents
 * @param branchLabels labels naming the branch that starts here
 * @param message the one-line description
 */
public record Revision(
        String id, List<String> downRevisions, List<String> dependsOn, List<String> branchLabels, String message) {

    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = Objects.requireNonNullElse(message, "");
    }

    /** A revision with parents only, as most are. */
    public static Revision of(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), List.of(), List.of(), "");
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
