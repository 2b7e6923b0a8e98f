package io.omninode.migrations.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a revision target as Alembic users write it into the set of revisions it names: {@code head},
 * {@code heads}, {@code base}, a full id, a unique prefix, a branch label, {@code +N}/{@code -N}
 * (from the database's current heads), {@code <rev>+N}, {@code <rev>-N}, {@code <label>@head},
 * {@code <label>@+N}, {@code <label>@-N}, {@code <rev>@head} and {@code <label>@base}.
 *
 * <pre>{@code
 * TargetResolver resolver = new TargetResolver(graph);
 * List<String> target = resolver.resolve("feature@+1", currentHeads); // ["b2c3d4e5f6a1"]
 * }</pre>
 *
 * <p>An empty result means {@code base}: no revision at all.
 */
public final class TargetResolver {

    /** {@code +2}, {@code -1}, {@code label@+2}, {@code label@-1}: relative to the current heads. */
    private static final Pattern RELATIVE_TO_CURRENT = Pattern.compile("(?:([^@]+)@)?([+-]\\d+)");
    /** {@code ae10+2}, {@code ae10-1}: relative to a named revision. */
    private static final Pattern RELATIVE_TO_REVISION = Pattern.compile("([^@+-]+)([+-]\\d+)");
    private static final Pattern AT_HEAD = Pattern.compile("([^@]+)@head");
    private static final Pattern AT_BASE = Pattern.compile("([^@]+)@base");

    private final RevisionGraph graph;

    public TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The revisions a target names, in the graph's topological order; empty for {@code base}.
     *
     * @param target the target as written by the user
     * @param current the database's current heads, the origin of {@code +N} and {@code -N}
     * @throws InvalidTargetException saying why the target names nothing usable and what to write instead
     */
    public List<String> resolve(String target, Collection<String> current) {
        return resolveTarget(target, current).revisions();
    }

    /**
     * Like {@link #resolve}, and says whose base a base target is: {@code label@base}, or a relative
     * step that walks past the first revision of a line, is the base of that line only.
     */
    public ResolvedTarget resolveTarget(String target, Collection<String> current) {
        String text = target == null ? "" : target.strip();
        if (text.isEmpty()) {
            throw new InvalidTargetException(target, "the revision target is empty; give a revision id, a prefix,"
                    + " a branch label, head, heads, base, +N or -N");
        }
        switch (text) {
            case "heads":
                return ResolvedTarget.of(graph.heads());
            case "head":
                return ResolvedTarget.of(graph.heads().isEmpty() ? List.of() : List.of(single(text, graph.heads())));
            case "base":
                return ResolvedTarget.of(List.of());
            case "current":
                return ResolvedTarget.of(ordered(current));
            default:
                break;
        }
        Matcher atBase = AT_BASE.matcher(text);
        if (atBase.matches()) {
            return new ResolvedTarget(List.of(), List.of(revision(text, atBase.group(1))));
        }
        Matcher relative = RELATIVE_TO_CURRENT.matcher(text);
        if (relative.matches()) {
            return relativeToCurrent(text, relative.group(1), Integer.parseInt(relative.group(2)), current);
        }
        Matcher fromRevision = RELATIVE_TO_REVISION.matcher(text);
        if (fromRevision.matches()) {
            String start = revision(text, fromRevision.group(1));
            return walk(text, List.of(start), Integer.parseInt(fromRevision.group(2)), null);
        }
        Matcher atHead = AT_HEAD.matcher(text);
        if (atHead.matches()) {
            String start = revision(text, atHead.group(1));
            List<String> heads = new ArrayList<>(graph.heads());
            heads.retainAll(descendantsOrSelf(start));
            return ResolvedTarget.of(List.of(single(text, heads)));
        }
        return ResolvedTarget.of(List.of(revision(text, text)));
    }

    /** One revision named by an id, a unique prefix of one, or a branch label; unknown and ambiguous names throw. */
    private String revision(String target, String name) {
        if (graph.contains(name)) {
            return name;
        }
        Optional<String> labelled = graph.revisionForLabel(name);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        List<String> matches = graph.revisions().stream().map(Revision::id).filter(id -> id.startsWith(name))
                .sorted().toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new InvalidTargetException(target, "revision prefix \"" + name + "\" is ambiguous: it matches "
                    + ClosestIds.quoted(matches) + "; give more characters of the one you mean");
        }
        List<String> close = graph.closestTo(name);
        throw new InvalidTargetException(target, "no revision or branch label \"" + name + "\""
                + (close.isEmpty() ? "; list the known revisions with omninode-migrate history"
                        : "; did you mean " + ClosestIds.quoted(close) + "?"));
    }

    private ResolvedTarget relativeToCurrent(String target, String label, int steps, Collection<String> current) {
        Set<String> lineage = null;
        List<String> start = ordered(current);
        if (label != null) {
            lineage = lineage(revision(target, label));
            start = latestAppliedIn(lineage, start);
        } else if (steps < 0 && start.size() > 1) {
            throw new InvalidTargetException(target, "the database has " + start.size() + " heads ("
                    + ClosestIds.quoted(start) + "), so \"" + target + "\" is ambiguous; use <branchlabel>@" + steps
                    + " or <revision>" + steps);
        }
        return walk(target, start, steps, lineage);
    }

    /**
     * Moves {@code steps} revisions up (children) or down (parents) from {@code start}; an empty
     * set is base. Upward moves must not fork; {@code lineage}, when given, keeps the walk on one branch.
     */
    private ResolvedTarget walk(String target, List<String> start, int steps, Set<String> lineage) {
        Set<String> position = new LinkedHashSet<>(start);
        int taken = 0;
        while (taken < Math.abs(steps)) {
            Set<String> next = steps > 0 ? up(target, position, lineage) : down(position);
            if (next == null) {
                String origin = start.isEmpty() ? "base" : String.join(", ", start);
                throw new InvalidTargetException(target, "relative revision \"" + target + "\" goes past "
                        + (steps > 0 ? "head" : "base") + ": from " + origin + " it can go at most "
                        + (steps > 0 ? "+" : "-") + taken);
            }
            position = next;
            taken++;
        }
        if (position.isEmpty() && !start.isEmpty()) {
            // Walked down past the first revision: the base of the line the walk started on, not of everything.
            Set<String> line = new HashSet<>(start);
            start.forEach(id -> line.addAll(graph.ancestors(id)));
            line.retainAll(graph.bases());
            return new ResolvedTarget(List.of(), ordered(line));
        }
        return ResolvedTarget.of(ordered(position));
    }

    /** The next revisions up; null when the walk is already at a head. */
    private Set<String> up(String target, Set<String> position, Set<String> lineage) {
        Set<String> next = new TreeSet<>();
        if (position.isEmpty()) {
            next.addAll(graph.bases());
        }
        for (String id : position) {
            next.addAll(graph.children(id));
        }
        if (lineage != null) {
            next.retainAll(lineage);
        }
        if (next.isEmpty()) {
            return null;
        }
        if (next.size() > 1) {
            String from = position.isEmpty() ? "base" : String.join(", ", position);
            throw new InvalidTargetException(target, "\"" + target + "\" is ambiguous: after " + from
                    + " the history forks into " + ClosestIds.quoted(next) + "; name one of them, or use"
                    + " <branchlabel>@+N or <revision>@head");
        }
        return next;
    }

    /** The parents of the current position; null when it is already base. */
    private Set<String> down(Set<String> position) {
        if (position.isEmpty()) {
            return null;
        }
        Set<String> next = new TreeSet<>();
        for (String id : position) {
            next.addAll(graph.get(id).downRevisions());
        }
        return next;
    }

    /**
     * Where a walk along one branch starts: the newest applied revisions on it, which for a branch not
     * started yet is the applied revision it forks from.
     */
    private List<String> latestAppliedIn(Set<String> lineage, List<String> current) {
        Set<String> applied = new HashSet<>();
        for (String head : current) {
            applied.add(head);
            applied.addAll(graph.ancestors(head));
        }
        applied.retainAll(lineage);
        Set<String> superseded = new HashSet<>();
        for (String id : applied) {
            superseded.addAll(graph.ancestors(id));
        }
        applied.removeAll(superseded);
        return ordered(applied);
    }

    private Set<String> lineage(String id) {
        Set<String> lineage = new HashSet<>(graph.ancestors(id));
        lineage.addAll(descendantsOrSelf(id));
        return lineage;
    }

    private Set<String> descendantsOrSelf(String id) {
        Set<String> result = new HashSet<>(graph.descendants(id));
        result.add(id);
        return result;
    }

    private String single(String target, List<String> heads) {
        if (heads.size() == 1) {
            return heads.get(0);
        }
        throw new InvalidTargetException(target, "\"" + target + "\" is ambiguous: there are " + heads.size()
                + " heads (" + ClosestIds.quoted(heads) + "); use \"heads\" for all of them, <branchlabel>@head"
                + " or <revision>@head for one, or merge them with omninode-migrate merge");
    }

    private List<String> ordered(Collection<String> ids) {
        for (String id : ids) {
            graph.get(id);
        }
        return ids.stream().distinct().sorted(Comparator.comparingInt(graph::order)).toList();
    }
}
