package io.omninode.migrations.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The immutable graph of revisions: parents ({@code downRevision}), dependencies
 * ({@code dependsOn}), heads, bases and branch labels. Shared by the annotation processor, which
 * checks it at compile time, and the runtime, which plans upgrades and downgrades over it.
 *
 * <pre>{@code
 * GraphCheck check = RevisionGraph.check(revisions, false);
 * check.problems().forEach(p -> System.err.println(p.message()));
 * RevisionGraph graph = check.graph().orElseThrow();
 * graph.heads(); // ["ae1027a6acf"]
 * }</pre>
 *
 * <p>Every query answers in time proportional to its result; construction is linear apart from
 * the sort that makes the order deterministic.
 */
public final class RevisionGraph {

    private final Map<String, Revision> byId;
    private final List<Revision> ordered;
    private final Map<String, Integer> position;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final Map<String, List<String>> dependencies;
    private final Map<String, String> revisionByLabel;
    private final List<String> heads;
    private final List<String> bases;

    private RevisionGraph(List<Revision> revisions) {
        Map<String, Revision> ids = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Revision revision : revisions) {
            ids.put(revision.id(), revision);
            revision.branchLabels().forEach(label -> labels.put(label, revision.id()));
        }
        this.byId = ids;
        this.revisionByLabel = labels;
        Map<String, List<String>> childLinks = new HashMap<>();
        Map<String, List<String>> dependentLinks = new HashMap<>();
        Map<String, List<String>> dependencyLinks = new HashMap<>();
        for (Revision revision : revisions) {
            for (String down : revision.downRevisions()) {
                childLinks.computeIfAbsent(down, d -> new ArrayList<>()).add(revision.id());
            }
            for (String dependsOn : revision.dependsOn()) {
                String target = ids.containsKey(dependsOn) ? dependsOn : labels.get(dependsOn);
                dependentLinks.computeIfAbsent(target, d -> new ArrayList<>()).add(revision.id());
                dependencyLinks.computeIfAbsent(revision.id(), d -> new ArrayList<>()).add(target);
            }
        }
        this.children = sortedValues(childLinks);
        this.dependents = sortedValues(dependentLinks);
        this.dependencies = dependencyLinks;
        this.ordered = topologicalOrder(revisions);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            positions.put(ordered.get(i).id(), i);
        }
        this.position = positions;
        this.heads = ordered.stream().map(Revision::id).filter(id -> !children.containsKey(id)).sorted().toList();
        this.bases = ordered.stream().filter(Revision::isBase).map(Revision::id).sorted().toList();
    }

    /**
     * Checks revisions for every problem at once, and builds the graph if none is an error.
     *
     * @param revisions the revisions, in any order
     * @param requireSingleHead whether several heads are an error rather than a warning
     */
    public static GraphCheck check(List<Revision> revisions, boolean requireSingleHead) {
        List<Revision> copy = List.copyOf(revisions);
        List<GraphProblem> problems = new RevisionGraphChecker(copy, requireSingleHead).check();
        boolean valid = problems.stream().noneMatch(GraphProblem::isError);
        return new GraphCheck(problems, valid ? Optional.of(new RevisionGraph(copy)) : Optional.empty());
    }

    /**
     * Builds the graph, accepting several heads.
     *
     * @throws InvalidRevisionGraphException listing every error when the revisions are not a valid graph
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        GraphCheck check = check(List.copyOf(revisions), false);
        return check.graph().orElseThrow(() -> new InvalidRevisionGraphException(check.errors()));
    }

    /** Every revision, each after its parents and dependencies; ties broken by revision id. */
    public List<Revision> revisions() {
        return ordered;
    }

    public int size() {
        return ordered.size();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The revision with this exact id. */
    public Optional<Revision> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The revision with this exact id.
     *
     * @throws NoSuchElementException if there is none
     */
    public Revision get(String id) {
        Revision revision = byId.get(id);
        if (revision == null) {
            throw new NoSuchElementException("no revision \"" + id + "\"" + ClosestIds.didYouMean(id, byId.keySet()));
        }
        return revision;
    }

    /** Revisions that no revision names as its downRevision, sorted by id. */
    public List<String> heads() {
        return heads;
    }

    /** Revisions without a downRevision, sorted by id. */
    public List<String> bases() {
        return bases;
    }

    /** Revisions naming this one as a downRevision, sorted by id. */
    public List<String> children(String id) {
        get(id);
        return children.getOrDefault(id, List.of());
    }

    /** Revisions naming this one (or its branch label) in dependsOn, sorted by id. */
    public List<String> dependents(String id) {
        get(id);
        return dependents.getOrDefault(id, List.of());
    }

    /** The revisions this one's dependsOn names, branch labels resolved. */
    public List<String> dependencies(String id) {
        get(id);
        return dependencies.getOrDefault(id, List.of());
    }

    /** The revision declaring a branch label. */
    public Optional<String> revisionForLabel(String label) {
        return Optional.ofNullable(revisionByLabel.get(label));
    }

    /** Every branch label and the revision declaring it, sorted by label. */
    public Map<String, String> branchLabels() {
        Map<String, String> sorted = new LinkedHashMap<>();
        revisionByLabel.keySet().stream().sorted().forEach(label -> sorted.put(label, revisionByLabel.get(label)));
        return sorted;
    }

    /** Position of a revision in {@link #revisions()}: parents and dependencies come first. */
    public int order(String id) {
        get(id);
        return position.get(id);
    }

    /**
     * Every revision that must be applied before this one (parents and dependencies, transitively),
     * in topological order, without the revision itself.
     */
    public Set<String> ancestors(String id) {
        return walk(id, this::prerequisites);
    }

    /** Every revision that follows this one or depends on it, transitively, in topological order. */
    public Set<String> descendants(String id) {
        return walk(id, node -> {
            List<String> next = new ArrayList<>(children.getOrDefault(node, List.of()));
            next.addAll(dependents.getOrDefault(node, List.of()));
            return next;
        });
    }

    /**
     * The revision, its ancestors and its descendants through {@code downRevision} links only
     * ({@code dependsOn} is not followed): its line of history, as Alembic's {@code filter_for_lineage}
     * sees it when it keeps a walk or a {@code label@...} target on one branch.
     */
    public Set<String> lineage(String id) {
        Set<String> line = new HashSet<>(walk(id, node -> byId.get(node).downRevisions()));
        line.addAll(walk(id, node -> children.getOrDefault(node, List.of())));
        line.add(id);
        return Collections.unmodifiableSet(line);
    }

    /**
     * The revisions given and everything below them (parents and dependencies, transitively): what is
     * applied when they are the version rows.
     */
    public Set<String> withAncestors(Collection<String> ids) {
        Set<String> result = new HashSet<>();
        for (String id : ids) {
            if (result.add(id)) {
                result.addAll(ancestors(id));
            }
        }
        return result;
    }

    /**
     * The applied revisions that are not version rows and that no applied revision follows: applied only
     * as a {@code dependsOn} target of a row (Alembic's {@code current} lists them too), in topological order.
     */
    public List<String> dependencyHeads(Collection<String> versionRows) {
        Set<String> applied = withAncestors(versionRows);
        return applied.stream().filter(id -> !versionRows.contains(id))
                .filter(id -> children(id).stream().noneMatch(applied::contains))
                .sorted(Comparator.comparingInt(this::order)).toList();
    }

    /**
     * The revisions of a history range, newest first, as {@code alembic history start:end} lists them:
     * those at or below {@code upper} that are {@code lower}, or follow or depend on it; an empty
     * {@code lower} is base.
     *
     * <pre>{@code
     * graph.history(List.of("a2"), graph.heads()); // ["a3", "a2"] on a1 - a2 - a3
     * }</pre>
     */
    public List<String> history(Collection<String> lower, Collection<String> upper) {
        Set<String> inRange = withAncestors(upper);
        if (!lower.isEmpty()) {
            Set<String> above = new HashSet<>(lower);
            lower.forEach(id -> above.addAll(descendants(id)));
            inRange.retainAll(above);
        }
        return inRange.stream().sorted(Comparator.comparingInt(this::order).reversed()).toList();
    }

    /** Human-readable ids close to a mistyped one, for "did you mean" messages. */
    public List<String> closestTo(String wanted) {
        List<String> known = new ArrayList<>(byId.keySet());
        known.addAll(revisionByLabel.keySet());
        return ClosestIds.to(wanted, known);
    }

    private List<String> prerequisites(String id) {
        List<String> result = new ArrayList<>(byId.get(id).downRevisions());
        result.addAll(dependencies.getOrDefault(id, List.of()));
        return result;
    }

    private Set<String> walk(String start, java.util.function.Function<String, List<String>> next) {
        get(start);
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(next.apply(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id)) {
                queue.addAll(next.apply(id));
            }
        }
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparingInt(position::get));
        return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }

    /** Kahn's algorithm with a priority queue on the id, so the order never depends on input order. */
    private List<Revision> topologicalOrder(List<Revision> revisions) {
        Map<String, Integer> waitingFor = new HashMap<>();
        for (Revision revision : revisions) {
            waitingFor.put(revision.id(), revision.downRevisions().size()
                    + dependencies.getOrDefault(revision.id(), List.of()).size());
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        waitingFor.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<Revision> result = new ArrayList<>(revisions.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            result.add(byId.get(id));
            for (String next : children.getOrDefault(id, List.of())) {
                release(next, waitingFor, ready);
            }
            for (String next : dependents.getOrDefault(id, List.of())) {
                release(next, waitingFor, ready);
            }
        }
        return List.copyOf(result);
    }

    private static void release(String id, Map<String, Integer> waitingFor, PriorityQueue<String> ready) {
        if (waitingFor.merge(id, -1, Integer::sum) == 0) {
            ready.add(id);
        }
    }

    private static Map<String, List<String>> sortedValues(Map<String, List<String>> links) {
        Map<String, List<String>> result = new HashMap<>();
        links.forEach((key, values) -> result.put(key, values.stream().sorted().toList()));
        return result;
    }
}
