package io.omninode.migrations;

import io.omninode.migrations.graph.GraphProblem;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random revision history with branches, merges, branch labels and {@code dependsOn}, and
 * random commands over it, for replaying against Alembic. Each migration records itself in
 * {@code migration_log}, so both tools' runs can be compared event by event.
 *
 * <pre>{@code
 * RandomHistory history = RandomHistory.generate(new Random(7), 3);
 * history.descriptors();           // for a Migrator
 * history.alembicScript(revision); // the same revision as an Alembic versions/*.py file
 * }</pre>
 */
record RandomHistory(int number, List<Revision> revisions) {

    /** Labels with shared prefixes, so label prefixes are sometimes unique and sometimes ambiguous. */
    private static final List<String> LABELS = List.of("audit", "autumn", "ledger", "legacy");

    RandomHistory {
        revisions = List.copyOf(revisions);
    }

    static RandomHistory generate(Random random, int number) {
        while (true) {
            List<Revision> revisions = candidate(random, number);
            boolean valid = RevisionGraph.check(revisions, false).problems().stream().noneMatch(GraphProblem::isError);
            if (valid) {
                return new RandomHistory(number, revisions);
            }
        }
    }

    private static List<Revision> candidate(Random random, int number) {
        int size = 6 + random.nextInt(5);
        List<Revision> revisions = new ArrayList<>();
        List<String> labels = new ArrayList<>(LABELS);
        for (int i = 0; i < size; i++) {
            String id = "g" + number + "r" + i + "x" + Integer.toHexString(0x1000 + random.nextInt(0xefff));
            List<String> parents = parents(random, revisions, i);
            List<String> dependsOn = new ArrayList<>();
            if (i >= 2 && random.nextDouble() < 0.2) {
                Set<String> below = ancestorsOrSelf(revisions, parents);
                List<String> free = revisions.stream().map(Revision::id).filter(r -> !below.contains(r)).toList();
                if (!free.isEmpty()) {
                    dependsOn.add(free.get(random.nextInt(free.size())));
                }
            }
            List<String> label = List.of();
            if (!labels.isEmpty() && random.nextDouble() < 0.3) {
                label = List.of(labels.remove(random.nextInt(labels.size())));
            }
            revisions.add(new Revision(id, parents, dependsOn, label, "revision " + id));
        }
        return revisions;
    }

    private static List<String> parents(Random random, List<Revision> revisions, int i) {
        if (i == 0) {
            return List.of();
        }
        double roll = random.nextDouble();
        long bases = revisions.stream().filter(Revision::isBase).count();
        if (roll < 0.12 && bases < 2) {
            return List.of();
        }
        List<String> heads = heads(revisions);
        if (roll < 0.32 && heads.size() >= 2) {
            String first = heads.get(random.nextInt(heads.size()));
            List<String> others = new ArrayList<>(heads);
            others.remove(first);
            return List.of(first, others.get(random.nextInt(others.size())));
        }
        List<String> pool = random.nextDouble() < 0.6 ? heads : revisions.stream().map(Revision::id).toList();
        return List.of(pool.get(random.nextInt(pool.size())));
    }

    private static List<String> heads(List<Revision> revisions) {
        Set<String> parents = new HashSet<>();
        revisions.forEach(r -> parents.addAll(r.downRevisions()));
        return revisions.stream().map(Revision::id).filter(id -> !parents.contains(id)).toList();
    }

    private static Set<String> ancestorsOrSelf(List<Revision> revisions, List<String> start) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                Revision revision = revisions.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
                todo.addAll(revision.downRevisions());
                todo.addAll(revision.dependsOn());
            }
        }
        return seen;
    }

    RevisionGraph graph() {
        return RevisionGraph.of(revisions);
    }

    /** Our side: migrations that log "up id" and "down id". */
    List<MigrationDescriptor> descriptors() {
        return revisions.stream().map(r -> {
            TestMigration migration = TestMigration.revision(r.id()).after(r.downRevisions().toArray(String[]::new))
                    .dependsOn(r.dependsOn().toArray(String[]::new))
                    .up(logInsert("up " + r.id())).down(logInsert("down " + r.id()));
            r.branchLabels().forEach(migration::label);
            return migration.build();
        }).toList();
    }

    /** Alembic's side: the same revision as a versions/*.py file. */
    static String alembicScript(Revision revision) {
        return "revision = " + python(revision.id()) + "\n"
                + "down_revision = " + pythonTuple(revision.downRevisions()) + "\n"
                + "branch_labels = " + pythonTuple(revision.branchLabels()) + "\n"
                + "depends_on = " + pythonTuple(revision.dependsOn()) + "\n\n"
                + "from alembic import op\n\n\n"
                + "def upgrade():\n    op.execute(\"" + logInsert("up " + revision.id()) + "\")\n\n\n"
                + "def downgrade():\n    op.execute(\"" + logInsert("down " + revision.id()) + "\")\n";
    }

    private static String logInsert(String event) {
        return "INSERT INTO migration_log (event) VALUES ('" + event + "')";
    }

    private static String python(String text) {
        return "\"" + text + "\"";
    }

    private static String pythonTuple(List<String> values) {
        if (values.isEmpty()) {
            return "None";
        }
        return "(" + String.join(", ", values.stream().map(RandomHistory::python).toList()) + ",)";
    }

    /** A random command with a target of every kind Alembic accepts, in our CLI's words. */
    Command randomCommand(Random random) {
        List<String> ids = revisions.stream().map(Revision::id).toList();
        String id = ids.get(random.nextInt(ids.size()));
        List<String> labels = revisions.stream().flatMap(r -> r.branchLabels().stream()).toList();
        String label = labels.isEmpty() ? id : labels.get(random.nextInt(labels.size()));
        String name = random.nextBoolean() ? label : id;
        double kind = random.nextDouble();
        if (kind < 0.45) {
            return new Command("upgrade", pick(random, "head", "heads", id, id.substring(0, 5), label,
                    prefix(random, label), "+1", "+2", name + "@+1", name + "@+2", name + "@head",
                    prefix(random, label) + "@head", id + "+1", "g" + number + "r", "base"));
        }
        if (kind < 0.85) {
            return new Command("downgrade", pick(random, "base", "-1", "-2", id, id.substring(0, 5), label,
                    prefix(random, label), name + "@-1", name + "@-2", label + "@base", id + "-1", "-1"));
        }
        return new Command("stamp", pick(random, "heads", "heads", "head", id, label, "base"));
    }

    private static String prefix(Random random, String label) {
        return label.substring(0, random.nextInt(3) == 0 ? 2 : 3);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** One command line: {@code upgrade}, {@code downgrade} or {@code stamp}, and its target. */
    record Command(String verb, String target) {
        @Override
        public String toString() {
            return verb + " " + target;
        }
    }

    String describe() {
        StringBuilder text = new StringBuilder("history " + number + ":\n");
        for (Revision r : revisions) {
            text.append("  ").append(r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions()))
                    .append(" -> ").append(r.id());
            if (!r.dependsOn().isEmpty()) {
                text.append(" (depends on ").append(String.join(", ", r.dependsOn())).append(')');
            }
            if (!r.branchLabels().isEmpty()) {
                text.append(" (").append(String.join(", ", r.branchLabels())).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
