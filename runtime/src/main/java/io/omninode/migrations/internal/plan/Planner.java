package io.omninode.migrations.internal.plan;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans upgrades, downgrades and stamps the way Alembic does: an upgrade applies every missing
 * ancestor and dependency of the target, in topological order; a downgrade removes the applied
 * revisions that follow the target's children (on the target's line, for a relative target) and
 * whatever depends on them, newest first; the version rows after each step follow
 * Alembic's {@code HeadMaintainer} (an update per linear step, an insert for a new branch, deletes at
 * a merge, inserts when a merge is undone).
 *
 * <pre>{@code
 * Planner planner = new Planner(graph);
 * Plan plan = planner.downgrade(List.of("c3"), List.of("a1"), "a1"); // downgrade c3, then b2
 * }</pre>
 */
public final class Planner {

    private final RevisionGraph graph;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Applies whatever the targets need that the current heads do not already include. */
    public Plan upgrade(Collection<String> versionRows, Collection<String> targets) {
        Set<String> applied = graph.withAncestors(versionRows);
        Set<String> needed = graph.withAncestors(targets);
        needed.removeAll(applied);
        List<String> order = needed.stream().sorted(Comparator.comparingInt(graph::order)).toList();
        Set<String> heads = new TreeSet<>(versionRows);
        List<PlanStep> steps = new ArrayList<>();
        for (String id : order) {
            Revision revision = graph.get(id);
            List<String> before = List.copyOf(heads);
            heads.removeAll(versionParents(revision));
            heads.add(id);
            steps.add(new PlanStep(revision, true, before, List.copyOf(heads)));
        }
        return new Plan(List.copyOf(new TreeSet<>(versionRows)), steps);
    }

    /**
     * Removes the applied revisions that follow the targets (and what depends on those); an empty
     * target list is base and removes everything applied.
     *
     * @throws InvalidTargetException when a target is not applied, so there is nothing to go down to
     */
    public Plan downgrade(Collection<String> versionRows, Collection<String> targets, String targetText) {
        return downgrade(versionRows, ResolvedTarget.of(List.copyOf(targets)), targetText);
    }

    /**
     * Removes what Alembic removes: the applied revisions above each target's children and whatever
     * depends on them, newest first; for the base of one line, everything applied that grew from the
     * line's roots.
     *
     * @throws InvalidTargetException when a target is not applied, so there is nothing to go down to, or
     *     when the base of a line would take revisions outside that line with it
     */
    public Plan downgrade(Collection<String> versionRows, ResolvedTarget resolved, String targetText) {
        List<String> targets = resolved.revisions();
        Set<String> applied = graph.withAncestors(versionRows);
        Set<String> remove = new HashSet<>();
        if (resolved.isLineBase()) {
            remove.addAll(lineBaseRemovals(versionRows, resolved, targetText, applied));
        } else if (targets.isEmpty()) {
            remove.addAll(applied);
        }
        for (String target : targets) {
            if (!applied.contains(target)) {
                throw new InvalidTargetException(targetText, "\"" + targetText + "\" (" + target + ") is not a valid"
                        + " downgrade target from the current heads (" + rowsText(versionRows)
                        + "): it is not applied; use upgrade to reach it");
            }
            Set<String> above = new HashSet<>();
            for (String child : roots(target, resolved.lineOf(), targetText)) {
                above.add(child);
                above.addAll(graph.descendants(child));
            }
            above.retainAll(applied);
            if (above.isEmpty() && !versionRows.contains(target)) {
                // Applied only as a dependsOn target: Alembic finds "Nothing to drop"; we remove its dependents.
                above.addAll(graph.descendants(target));
            }
            remove.addAll(above);
        }
        remove.retainAll(applied);
        remove.removeAll(graph.withAncestors(targets));
        List<String> order = remove.stream().sorted(Comparator.comparingInt(graph::order).reversed()).toList();
        Set<String> heads = new TreeSet<>(versionRows);
        List<PlanStep> steps = new ArrayList<>();
        for (String id : order) {
            Revision revision = graph.get(id);
            List<String> before = List.copyOf(heads);
            heads.remove(id);
            heads.addAll(uncoveredParents(revision, heads));
            steps.add(new PlanStep(revision, false, before, List.copyOf(heads)));
        }
        return new Plan(List.copyOf(new TreeSet<>(versionRows)), steps);
    }

    /**
     * The children of a downgrade target whose descendants go. With several, a target that follows a
     * line ({@code -1}, {@code label@-1}) keeps only those on the way to the line's revision, as
     * Alembic's branch filter: going down one step on one branch leaves its sibling branches applied.
     */
    private List<String> roots(String target, String lineOf, String targetText) {
        List<String> children = graph.children(target);
        if (lineOf == null || children.size() < 2) {
            return children;
        }
        Set<String> way = new HashSet<>(graph.lineage(lineOf));
        way.retainAll(graph.ancestors(lineOf));
        way.add(lineOf);
        List<String> onTheWay = children.stream().filter(way::contains).toList();
        if (onTheWay.isEmpty()) {
            throw new InvalidTargetException(targetText, "\"" + targetText + "\" goes down to " + target
                    + ", which " + Quoting.quoted(children) + " follow, and none of them leads to " + lineOf
                    + " (Alembic: \"Not a valid downgrade target from current heads\"); name the revision to go"
                    + " down to with downgrade <revision>");
        }
        return onTheWay;
    }

    /**
     * What Alembic removes for the base of a line (every applied revision grown from its roots), as
     * long as all of it is on the line the user named: the named revision, its ancestors and what
     * follows or depends on it. Anything more is refused with the command that asks for it explicitly.
     */
    private Set<String> lineBaseRemovals(Collection<String> versionRows, ResolvedTarget resolved, String targetText,
            Set<String> applied) {
        Set<String> remove = new HashSet<>();
        for (String root : resolved.lineRoots()) {
            remove.add(root);
            remove.addAll(graph.descendants(root));
        }
        remove.retainAll(applied);
        Set<String> named = new HashSet<>(graph.lineage(resolved.lineOf()));
        named.addAll(graph.descendants(resolved.lineOf()));
        List<String> outside = remove.stream().filter(id -> !named.contains(id))
                .sorted(Comparator.comparingInt(graph::order)).toList();
        if (outside.isEmpty()) {
            return remove;
        }
        String explicit = remove.containsAll(applied) ? "downgrade base"
                : String.join(", then ", resolved.lineRoots().stream().map(root -> "downgrade " + root + "@base")
                        .toList());
        throw new InvalidTargetException(targetText, "\"" + targetText + "\" reaches base, and Alembic would then"
                + " remove everything applied that grew from " + String.join(", ", resolved.lineRoots())
                + ", including " + String.join(", ", outside) + ", which " + (outside.size() == 1 ? "is" : "are")
                + " not on the line of " + resolved.lineOf() + " (current heads " + rowsText(versionRows)
                + "); to remove all of that, run " + explicit + ", or name a revision on the line to go down to");
    }

    private static String rowsText(Collection<String> versionRows) {
        return versionRows.isEmpty() ? "base" : String.join(", ", new TreeSet<>(versionRows));
    }

    /**
     * Rewrites the version rows without running anything: each target replaces the current heads on
     * its own line of history (its ancestors and descendants) and joins the others; {@code purge}
     * starts from an empty table instead.
     */
    public Plan stamp(Collection<String> versionRows, Collection<String> targets, boolean purge) {
        Set<String> heads = new TreeSet<>(purge ? List.of() : versionRows);
        if (targets.isEmpty()) {
            heads.clear();
        }
        for (String target : targets) {
            Set<String> line = graph.withAncestors(List.of(target));
            line.addAll(graph.descendants(target));
            heads.removeIf(line::contains);
        }
        heads.addAll(targets);
        heads.removeIf(id -> targets.stream().anyMatch(t -> !t.equals(id) && graph.ancestors(t).contains(id)));
        List<String> before = List.copyOf(new TreeSet<>(versionRows));
        return new Plan(before, List.of(new PlanStep(null, true, purge ? List.of() : before, List.copyOf(heads))));
    }

    /**
     * Parents plus dependencies not already declared by an ancestor: the rows an applied revision
     * takes over, as Alembic's normalized down revisions.
     */
    private Set<String> versionParents(Revision revision) {
        Set<String> parents = new TreeSet<>(revision.downRevisions());
        if (revision.dependsOn().isEmpty()) {
            return parents;
        }
        Set<String> dependencies = new TreeSet<>(graph.dependencies(revision.id()));
        for (String ancestor : graph.ancestors(revision.id())) {
            if (!revision.downRevisions().contains(ancestor)) {
                dependencies.removeAll(graph.dependencies(ancestor));
            }
        }
        parents.addAll(dependencies);
        return parents;
    }

    /**
     * The version parents that no remaining head already includes: they become heads again. A parent
     * that another parent depends on is already applied below it and gets no row; Alembic writes one
     * (its unmerge checks the other heads only), and then refuses to upgrade from the rows it wrote.
     */
    private Set<String> uncoveredParents(Revision revision, Set<String> remainingHeads) {
        Set<String> covered = graph.withAncestors(remainingHeads);
        Set<String> parents = versionParents(revision);
        parents.removeAll(covered);
        Set<String> implied = new HashSet<>();
        for (String parent : parents) {
            implied.addAll(graph.ancestors(parent));
        }
        parents.removeAll(implied);
        return parents;
    }
}
