package io.omninode.migrations.internal.plan;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.graph.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Target} (the grammar's one home) into the set of revisions it names: {@code head},
 * {@code heads}, {@code base}, a full id, a branch label, a unique prefix of either, {@code +N}/{@code -N}
 * (from the database's version rows), {@code <rev>+N}, {@code <rev>-N}, {@code <label>@head},
 * {@code <label>@+N}, {@code <label>@-N}, {@code <rev>@head} and {@code <label>@base}.
 *
 * <p>The rules are Alembic 1.8's ({@code script/revision.py}): walks follow {@code downRevision} only,
 * a label keeps a walk on its line (its ancestors and descendants), and where Alembic's own walk is
 * ambiguous (a merge on the way down, {@code +N} from several current revisions) the target is refused
 * with the unambiguous forms to use instead.
 *
 * <pre>{@code
 * TargetResolver resolver = new TargetResolver(graph);
 * List<String> target = resolver.resolve(Target.parse("feature@+1"), versionRows); // ["b2c3d4e5f6a1"]
 * }</pre>
 *
 * <p>An empty result means {@code base}: no revision at all.
 */
public final class TargetResolver {

    private final RevisionGraph graph;

    public TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The revisions a target names, in the graph's topological order; empty for {@code base}.
     *
     * @param target the target as written by the user, parsed with {@link Target#parse}
     * @param versionRows the database's version rows, the origin of {@code +N} and {@code -N}
     * @throws InvalidTargetException saying why the target names nothing usable and what to write instead
     */
    public List<String> resolve(String target, Collection<String> versionRows) {
        return resolve(Target.parse(target), versionRows);
    }

    /** The revisions a parsed target names, in the graph's topological order; empty for {@code base}. */
    public List<String> resolve(Target target, Collection<String> versionRows) {
        return resolveTarget(target, versionRows).revisions();
    }

    /** As {@link #resolveTarget(Target, Collection)}, for the target as written. */
    public ResolvedTarget resolveTarget(String target, Collection<String> versionRows) {
        return resolveTarget(Target.parse(target), versionRows);
    }

    /**
     * Like {@link #resolve}, and says whose base a base target is: {@code label@base}, or a relative
     * step that walks past the first revision of a line, is the base of that line only.
     */
    public ResolvedTarget resolveTarget(Target target, Collection<String> versionRows) {
        return target.accept(new Resolution(versionRows));
    }

    /** Each form's rule, against one set of version rows. */
    private final class Resolution implements Target.Visitor<ResolvedTarget> {

        private final Collection<String> versionRows;

        Resolution(Collection<String> versionRows) {
            this.versionRows = versionRows;
        }

        @Override
        public ResolvedTarget visit(Target.Head target) {
            List<String> heads = graph.heads();
            return ResolvedTarget.of(heads.isEmpty() ? List.of() : List.of(single(target.text(), heads)));
        }

        @Override
        public ResolvedTarget visit(Target.Heads target) {
            return ResolvedTarget.of(graph.heads());
        }

        @Override
        public ResolvedTarget visit(Target.Base target) {
            return ResolvedTarget.of(List.of());
        }

        @Override
        public ResolvedTarget visit(Target.Current target) {
            return ResolvedTarget.of(ordered(versionRows));
        }

        @Override
        public ResolvedTarget visit(Target.Named target) {
            return ResolvedTarget.of(List.of(revision(target.text(), target.name())));
        }

        @Override
        public ResolvedTarget visit(Target.Relative target) {
            return relativeToCurrent(target.text(), target.steps(), versionRows);
        }

        @Override
        public ResolvedTarget visit(Target.BranchHead target) {
            String start = revision(target.text(), target.name());
            List<String> heads = new ArrayList<>(graph.heads());
            heads.retainAll(graph.lineage(start));
            return ResolvedTarget.of(List.of(single(target.text(), heads)));
        }

        @Override
        public ResolvedTarget visit(Target.BranchBase target) {
            // Alembic's label@base: down to the base revisions below the label, whatever else grew from them.
            return baseOfLine(revision(target.text(), target.name()));
        }

        @Override
        public ResolvedTarget visit(Target.BranchRelative target) {
            return relativeOnLine(target.text(), target.branch(), target.steps(), versionRows);
        }

        @Override
        public ResolvedTarget visit(Target.RevisionRelative target) {
            String text = target.text();
            String start = revision(text, target.revision());
            return target.steps() > 0 ? walkUp(text, start, target.steps(), null)
                    : walkDown(text, start, target.steps(), start, false);
        }
    }

    /**
     * One revision named by an id, a branch label, or a unique prefix of either; unknown and ambiguous
     * names throw. As in Alembic, names of three characters or fewer match only in full.
     */
    private String revision(String target, String name) {
        if (graph.contains(name)) {
            return name;
        }
        Optional<String> labelled = graph.revisionForLabel(name);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        List<String> ids = graph.revisions().stream().map(Revision::id).filter(id -> matchesPrefix(id, name))
                .sorted().toList();
        List<String> labels = graph.branchLabels().keySet().stream().filter(label -> matchesPrefix(label, name))
                .toList();
        if (ids.size() + labels.size() == 1) {
            return ids.isEmpty() ? graph.revisionForLabel(labels.get(0)).orElseThrow() : ids.get(0);
        }
        if (ids.size() + labels.size() > 1) {
            List<String> candidates = new ArrayList<>();
            ids.forEach(id -> candidates.add("\"" + id + "\""));
            labels.forEach(label -> candidates.add("branch label \"" + label + "\""));
            throw new InvalidTargetException(target, (labels.isEmpty() ? "revision prefix \"" : "prefix \"") + name
                    + "\" is ambiguous: it matches " + String.join(", ", candidates)
                    + "; give more characters of the one you mean");
        }
        List<String> close = graph.closestTo(name);
        throw new InvalidTargetException(target, "no revision or branch label \"" + name + "\""
                + (close.isEmpty() ? "; list the known revisions with omninode-migrate history"
                        : "; did you mean " + Quoting.quoted(close) + "?"));
    }

    private static boolean matchesPrefix(String known, String prefix) {
        return known.length() > 3 && known.startsWith(prefix);
    }

    /**
     * {@code +N}, {@code -N}: a walk from the one current revision, as Alembic's
     * {@code _parse_upgrade_target} and {@code _parse_downgrade_target}.
     */
    private ResolvedTarget relativeToCurrent(String target, int steps, Collection<String> versionRows) {
        List<String> rows = ordered(versionRows);
        if (rows.size() > 1) {
            throw new InvalidTargetException(target, "the database has " + rows.size() + " heads ("
                    + Quoting.quoted(rows) + "), so \"" + target + "\" is ambiguous"
                    + (steps > 0 ? " (Alembic: \"Ambiguous upgrade from multiple current revisions\")" : "")
                    + "; use <branchlabel>@" + (steps > 0 ? "+" : "") + steps + " or <revision>"
                    + (steps > 0 ? "+" : "") + steps);
        }
        String start = rows.isEmpty() ? null : rows.get(0);
        return steps > 0 ? walkUp(target, start, steps, null) : walkDown(target, start, steps, start, true);
    }

    /** {@code label@+N}, {@code label@-N}: a walk from the current revision on the label's line. */
    private ResolvedTarget relativeOnLine(String target, String label, int steps, Collection<String> versionRows) {
        List<String> rows = ordered(versionRows);
        String labelled = revision(target, label);
        Set<String> line = graph.lineage(labelled);
        List<String> starts = steps > 0 ? upgradeStartOnLine(rows, line) : downgradeStartOnLine(rows, line);
        if (starts.size() > 1) {
            throw new InvalidTargetException(target, "\"" + target + "\" is ambiguous: the database has "
                    + starts.size() + " revisions on the line of \"" + label + "\" (" + Quoting.quoted(starts)
                    + ") to start from" + (steps > 0 ? " (Alembic: \"Ambiguous upgrade from multiple current"
                    + " revisions\")" : "") + "; use <revision>" + (steps > 0 ? "+" : "") + steps
                    + " from one of them");
        }
        if (steps > 0) {
            return walkUp(target, starts.isEmpty() ? null : starts.get(0), steps, line);
        }
        if (starts.isEmpty()) {
            throw new InvalidTargetException(target, "nothing on the line of \"" + label + "\" is applied, so \""
                    + target + "\" has nowhere to start; use upgrade to apply it first");
        }
        return walkDown(target, starts.get(0), steps, labelled, true);
    }

    /**
     * Where {@code label@+N} starts: the version rows on the line or, for a line not started yet, the
     * newest applied revisions on it; none means base.
     */
    private List<String> upgradeStartOnLine(List<String> rows, Set<String> line) {
        List<String> onLine = rows.stream().filter(line::contains).toList();
        if (!onLine.isEmpty()) {
            return onLine;
        }
        Set<String> applied = graph.withAncestors(rows);
        applied.retainAll(line);
        Set<String> below = new HashSet<>();
        for (String id : applied) {
            below.addAll(graph.get(id).downRevisions());
            below.addAll(graph.dependencies(id));
        }
        applied.removeAll(below);
        return ordered(applied);
    }

    /**
     * Where {@code label@-N} starts: the version rows on the line or, when the line is applied only
     * below other rows, its applied revisions that no applied revision follows.
     */
    private List<String> downgradeStartOnLine(List<String> rows, Set<String> line) {
        List<String> onLine = rows.stream().filter(line::contains).toList();
        if (!onLine.isEmpty()) {
            return onLine;
        }
        Set<String> applied = graph.withAncestors(rows);
        List<String> tips = applied.stream().filter(line::contains)
                .filter(id -> graph.children(id).stream().noneMatch(applied::contains)).toList();
        return ordered(tips);
    }

    /**
     * Moves {@code steps} revisions up from {@code start} ({@code null}: from base); each move must
     * have exactly one next revision, on {@code line} when given.
     */
    private ResolvedTarget walkUp(String target, String start, int steps, Set<String> line) {
        String position = start;
        for (int taken = 0; taken < steps; taken++) {
            List<String> next = new ArrayList<>(position == null ? graph.bases() : graph.children(position));
            if (line != null) {
                next.retainAll(line);
            }
            if (next.isEmpty()) {
                throw new InvalidTargetException(target, "relative revision \"" + target + "\" goes past head: from "
                        + (start == null ? "base" : start) + " it can go at most +" + taken);
            }
            if (next.size() > 1) {
                throw new InvalidTargetException(target, "\"" + target + "\" is ambiguous: after "
                        + (position == null ? "base" : position) + " the history forks into "
                        + Quoting.quoted(next) + "; name one of them, or use <branchlabel>@+N or <revision>@head");
            }
            position = next.get(0);
        }
        return ResolvedTarget.of(List.of(position));
    }

    /**
     * Moves {@code -steps} revisions down from {@code start} along {@code downRevision}; a merge on the
     * way is ambiguous (Alembic's "Ambiguous walk"). Walking past the first revision is the base of
     * the line of {@code lineOf}: of its roots only when {@code ownLine}, else of every root, as Alembic.
     */
    private ResolvedTarget walkDown(String target, String start, int steps, String lineOf, boolean ownLine) {
        String position = start;
        boolean atBase = start == null;
        for (int taken = 0; taken < -steps; taken++) {
            if (atBase) {
                throw new InvalidTargetException(target, "relative revision \"" + target + "\" goes past base: from "
                        + (start == null ? "base" : start) + " it can go at most -" + taken);
            }
            List<String> parents = graph.get(position).downRevisions();
            if (parents.size() > 1) {
                throw new InvalidTargetException(target, "\"" + target + "\" is ambiguous: going down from "
                        + position + ", a merge of " + Quoting.quoted(parents) + ", has no single next revision"
                        + " (Alembic stops with \"Ambiguous walk\"); name the revision to go down to instead: "
                        + String.join(" or ", parents.stream().map(id -> "downgrade " + id).toList()));
            }
            atBase = parents.isEmpty();
            position = atBase ? null : parents.get(0);
        }
        if (!atBase) {
            return ResolvedTarget.onLine(List.of(position), ownLine ? lineOf : null);
        }
        if (start == null) {
            return ResolvedTarget.of(List.of());
        }
        return ownLine ? baseOfLine(lineOf) : ResolvedTarget.baseOfLine(graph.bases(), lineOf);
    }

    /** The base of a revision's line: the base revisions below it. */
    private ResolvedTarget baseOfLine(String lineOf) {
        return ResolvedTarget.baseOfLine(ordered(graph.lineage(lineOf).stream().filter(id -> graph.get(id).isBase())
                .toList()), lineOf);
    }

    private String single(String target, List<String> heads) {
        if (heads.size() == 1) {
            return heads.get(0);
        }
        throw new InvalidTargetException(target, "\"" + target + "\" is ambiguous: there are " + heads.size()
                + " heads (" + Quoting.quoted(heads) + "); use \"heads\" for all of them, <branchlabel>@head"
                + " or <revision>@head for one, or merge them with omninode-migrate merge");
    }

    private List<String> ordered(Collection<String> ids) {
        for (String id : ids) {
            graph.get(id);
        }
        return ids.stream().distinct().sorted(Comparator.comparingInt(graph::order)).toList();
    }
}
