package io.omninode.migrations.graph;

import io.omninode.migrations.graph.GraphProblem.Attribute;
import io.omninode.migrations.graph.GraphProblem.Code;
import io.omninode.migrations.graph.GraphProblem.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every problem in a list of revisions in linear time: each check walks the revisions or
 * their links once, so a history of thousands of revisions checks as fast as a short one.
 */
final class RevisionGraphChecker {



    private final List<Revision> revisions;
    private final boolean requireSingleHead;
    private final List<GraphProblem> problems = new ArrayList<>();
    /** Each id's first position; later duplicates are reported, not indexed. */
    private final Map<String, Integer> indexById = new HashMap<>();
    /** Each branch label's first position. */
    private final Map<String, Integer> indexByLabel = new HashMap<>();

    RevisionGraphChecker(List<Revision> revisions, boolean requireSingleHead) {
        this.revisions = revisions;
        this.requireSingleHead = requireSingleHead;
    }

    List<GraphProblem> check() {
        indexIdsAndReportDuplicates();
        indexLabelsAndReportDuplicates();
        for (int i = 0; i < revisions.size(); i++) {
            checkRevision(i, revisions.get(i));
        }
        reportCycles();
        if (problems.stream().noneMatch(GraphProblem::isError)) {
            // With a broken link, every revision after it looks like a head: that warning would only mislead.
            reportMultipleHeads();
        }
        problems.sort((a, b) -> Integer.compare(a.subject(), b.subject()));
        return problems;
    }

    private void indexIdsAndReportDuplicates() {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < revisions.size(); i++) {
            positions.computeIfAbsent(revisions.get(i).id(), id -> new ArrayList<>()).add(i);
        }
        positions.forEach((id, where) -> {
            indexById.put(id, where.get(0));
            if (where.size() > 1) {
                for (int i : where) {
                    error(Code.DUPLICATE_REVISION, i, Attribute.REVISION, null,
                            "revision \"" + id + "\" is declared " + where.size()
                                    + " times; every migration needs its own revision id (generate a new one with"
                                    + " omninode-migrate revision)");
                }
            }
        });
    }

    private void indexLabelsAndReportDuplicates() {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < revisions.size(); i++) {
            for (String label : new HashSet<>(revisions.get(i).branchLabels())) {
                positions.computeIfAbsent(label, l -> new ArrayList<>()).add(i);
            }
        }
        positions.forEach((label, where) -> {
            indexByLabel.put(label, where.get(0));
            if (where.size() > 1) {
                List<String> owners = where.stream().map(i -> revisions.get(i).id()).toList();
                for (int i : where) {
                    error(Code.DUPLICATE_BRANCH_LABEL, i, Attribute.BRANCH_LABELS, label,
                            "branch label \"" + label + "\" is used by revisions " + ClosestIds.quoted(owners)
                                    + "; a label names one branch, so keep it on one revision only");
                }
            }
        });
    }

    private void checkRevision(int i, Revision revision) {
        String id = revision.id();
        Revision.idProblem(id).ifPresent(problem -> error(Code.INVALID_REVISION_ID, i, Attribute.REVISION, null, problem));
        if (revision.message().isBlank()) {
            warning(Code.BLANK_MESSAGE, i, Attribute.MESSAGE, null,
                    "revision \"" + id + "\" has no message; describe the change, it is what history shows");
        }
        checkDownRevisions(i, revision);
        checkDependsOn(i, revision);
        for (String label : revision.branchLabels()) {
            checkLabel(i, revision, label);
        }
    }

    private void checkDownRevisions(int i, Revision revision) {
        Set<String> seen = new HashSet<>();
        for (String down : revision.downRevisions()) {
            if (!seen.add(down)) {
                error(Code.REPEATED_DOWN_REVISION, i, Attribute.DOWN_REVISION, down,
                        "downRevision lists \"" + down + "\" more than once; list each parent once");
            } else if (down.equals(revision.id())) {
                error(Code.SELF_REFERENCE, i, Attribute.DOWN_REVISION, down,
                        "revision \"" + down + "\" names itself as its downRevision; name the revision it follows");
            } else if (!indexById.containsKey(down)) {
                error(Code.UNKNOWN_DOWN_REVISION, i, Attribute.DOWN_REVISION, down,
                        "downRevision \"" + down + "\" is not a known revision"
                                + ClosestIds.didYouMean(down, indexById.keySet()));
            }
        }
    }

    private void checkDependsOn(int i, Revision revision) {
        for (String dependency : revision.dependsOn()) {
            if (dependency.equals(revision.id())) {
                error(Code.SELF_REFERENCE, i, Attribute.DEPENDS_ON, dependency,
                        "revision \"" + dependency + "\" names itself in dependsOn; remove it");
            } else if (resolveDependency(dependency) < 0) {
                error(Code.UNKNOWN_DEPENDS_ON, i, Attribute.DEPENDS_ON, dependency,
                        "dependsOn \"" + dependency + "\" is neither a known revision nor a branch label"
                                + ClosestIds.didYouMean(dependency, indexById.keySet()));
            }
        }
    }

    private void checkLabel(int i, Revision revision, String label) {
        if (label.isBlank() || label.contains("@")) {
            error(Code.INVALID_BRANCH_LABEL, i, Attribute.BRANCH_LABELS, label,
                    "branch label \"" + label + "\" must be non-blank and must not contain '@', which separates"
                            + " a label from a revision in targets such as \"" + revision.id() + "@head\"");
        } else if (indexById.containsKey(label)) {
            error(Code.BRANCH_LABEL_IS_REVISION, i, Attribute.BRANCH_LABELS, label,
                    "branch label \"" + label + "\" is also a revision id, so a target \"" + label
                            + "\" would be ambiguous; choose another label");
        }
    }

    /** Position of the revision a dependency names (an id or a branch label), or -1. */
    private int resolveDependency(String dependency) {
        Integer index = indexById.get(dependency);
        if (index == null) {
            index = indexByLabel.get(dependency);
        }
        return index == null ? -1 : index;
    }

    /** Iterative depth-first search over parent and dependency links; one error per back edge. */
    private void reportCycles() {
        int n = revisions.size();
        int[][] links = new int[n][];
        for (int i = 0; i < n; i++) {
            links[i] = links(i);
        }
        byte[] state = new byte[n]; // 0 unvisited, 1 on the stack, 2 done
        int[] nextLink = new int[n];
        List<String> ids = new ArrayList<>(indexById.keySet());
        ids.sort(null);
        Deque<Integer> stack = new ArrayDeque<>();
        for (String id : ids) {
            int root = indexById.get(id);
            if (state[root] != 0) {
                continue;
            }
            state[root] = 1;
            stack.push(root);
            while (!stack.isEmpty()) {
                int node = stack.peek();
                if (nextLink[node] == links[node].length) {
                    state[node] = 2;
                    stack.pop();
                    continue;
                }
                int target = links[node][nextLink[node]++];
                if (state[target] == 0) {
                    state[target] = 1;
                    stack.push(target);
                } else if (state[target] == 1) {
                    reportCycle(stack, node, target);
                }
            }
        }
    }

    private int[] links(int i) {
        Revision revision = revisions.get(i);
        if (indexById.get(revision.id()) != i) {
            return new int[0]; // a duplicate: reported already, and its id means the first one
        }
        List<Integer> targets = new ArrayList<>();
        for (String down : revision.downRevisions()) {
            Integer target = indexById.get(down);
            if (target != null && target != i) {
                targets.add(target);
            }
        }
        for (String dependency : revision.dependsOn()) {
            int target = resolveDependency(dependency);
            if (target >= 0 && target != i) {
                targets.add(target);
            }
        }
        return targets.stream().mapToInt(Integer::intValue).toArray();
    }

    private void reportCycle(Deque<Integer> stack, int from, int to) {
        // The stack holds the path from the root with its top first; the cycle is the part from `to` up to `from`.
        List<String> path = new ArrayList<>();
        path.add(revisions.get(from).id());
        List<Integer> frames = new ArrayList<>(stack);
        int start = frames.indexOf(to);
        for (int k = start; k >= 0; k--) {
            path.add(revisions.get(frames.get(k)).id());
        }
        Revision closing = revisions.get(from);
        String target = revisions.get(to).id();
        Attribute attribute = closing.downRevisions().contains(target) ? Attribute.DOWN_REVISION : Attribute.DEPENDS_ON;
        String value = attribute == Attribute.DOWN_REVISION ? target : dependsOnValueFor(closing, to);
        error(Code.CYCLE, from, attribute, value,
                "revision cycle: " + String.join(" -> ", path)
                        + " (each arrow points to a downRevision or dependsOn); break it by removing one of these links");
    }

    private String dependsOnValueFor(Revision revision, int target) {
        return revision.dependsOn().stream().filter(d -> resolveDependency(d) == target).findFirst().orElseThrow();
    }

    private void reportMultipleHeads() {
        Set<String> parents = new HashSet<>();
        for (Revision revision : revisions) {
            parents.addAll(revision.downRevisions());
        }
        List<String> heads = indexById.keySet().stream().filter(id -> !parents.contains(id)).sorted().toList();
        if (heads.size() < 2) {
            return;
        }
        Severity severity = requireSingleHead ? Severity.ERROR : Severity.WARNING;
        String detail = "the revisions have " + heads.size() + " heads: " + String.join(", ", heads)
                + "; merge them with: omninode-migrate merge -m \"merge\" " + String.join(" ", heads);
        for (String head : heads) {
            problems.add(new GraphProblem(Code.MULTIPLE_HEADS, severity, indexById.get(head), Attribute.REVISION, null,
                    detail));
        }
    }

    private void error(Code code, int subject, Attribute attribute, String value, String detail) {
        problems.add(new GraphProblem(code, Severity.ERROR, subject, attribute, value, detail));
    }

    private void warning(Code code, int subject, Attribute attribute, String value, String detail) {
        problems.add(new GraphProblem(code, Severity.WARNING, subject, attribute, value, detail));
    }
}
