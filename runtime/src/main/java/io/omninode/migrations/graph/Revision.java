package io.omninode.migrations.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** {@code alembic_version.version_num} is {@code varchar(32)}. */
    public static final int MAX_ID_LENGTH = 32;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

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

    /**
     * What is wrong with a revision id, if anything: the one rule for ids, checked by the compiler,
     * the runtime and {@code omninode-migrate revision --rev-id}.
     *
     * <pre>{@code
     * Revision.idProblem("ae10-27") // "revision \"ae10-27\" may contain only letters, digits and '_'; ..."
     * }</pre>
     */
    public static Optional<String> idProblem(String id) {
        if (id.isBlank()) {
            return Optional.of("revision is blank; give it a unique id such as an Alembic-style 12-digit hex id");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of("revision \"" + id + "\" has " + id.length() + " characters but"
                    + " alembic_version.version_num holds at most " + MAX_ID_LENGTH + "; use a shorter id");
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("revision \"" + id + "\" may contain only letters, digits and '_'; characters such as"
                    + " '@', '-', '+' and ':' have a meaning in revision targets");
        }
        return Optional.empty();
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
