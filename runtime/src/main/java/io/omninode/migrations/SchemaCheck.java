package io.omninode.migrations;

import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Migrator#check()} found: the changes that would turn the live database into the
 * expected schema (the entities, and the snapshot of the database's revision), each with its review
 * line, and what the comparison could not cover.
 *
 * <pre>{@code
 * SchemaCheck check = migrator.check();
 * if (!check.clean()) {
 *     check.byTable().forEach((table, lines) -> { log.warn(table); lines.forEach(log::warn); });
 * }
 * }</pre>
 *
 * @param revisions the database's version rows (its heads)
 * @param expected what the database was compared with, e.g. {@code the entities},
 *     {@code the snapshot of revision 1975ea83b712}
 * @param changes the changes that turn the live schema into the expected one, in an order PostgreSQL accepts
 * @param differences one line per change, such as {@code ~ column node.status: text -> node_status}
 * @param notCompared objects of the database outside the model, which no comparison covers
 */
public record SchemaCheck(List<String> revisions, List<String> expected, List<SchemaChange> changes,
        List<Difference> differences, List<NotComparedObject> notCompared) {

    public SchemaCheck {
        revisions = List.copyOf(revisions);
        expected = List.copyOf(expected);
        changes = List.copyOf(changes);
        differences = List.copyOf(differences);
        notCompared = List.copyOf(notCompared);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("a check compares with at least one expected schema");
        }
    }

    /**
     * One difference.
     *
     * @param subject what it is about, the heading it is grouped under: {@code table node}, {@code enum node_status}
     * @param line the review line: {@code +} to add, {@code -} to remove, {@code ~} to change
     * @param destructive whether the change that removes it can lose data
     */
    public record Difference(String subject, String line, boolean destructive) {
        public Difference {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(line, "line");
        }

        /**
         * One difference per change of {@code diff}, each under its subject in {@code from}: how {@code check}
         * and the migration verifier turn a comparison into review lines.
         *
         * <pre>{@code
         * DiffResult diff = SchemaDiff.compare(live, expected);
         * List<Difference> lines = Difference.of(live, diff); // "table node", "+ column node.status text"
         * }</pre>
         */
        public static List<Difference> of(Schema from, DiffResult diff) {
            List<Difference> differences = new ArrayList<>();
            for (int i = 0; i < diff.changes().size(); i++) {
                SchemaChange change = diff.changes().get(i);
                differences.add(new Difference(SchemaDiff.subject(from, change), diff.summary().get(i),
                        change.destructive()));
            }
            return List.copyOf(differences);
        }
    }

    /** Alembic's line for a clean check, which the CLI and the Maven plugin print. */
    public static final String CLEAN_HEADLINE = "No new upgrade operations detected.";

    /** Whether the database matches: {@code No new upgrade operations detected.} */
    public boolean clean() {
        return differences.isEmpty();
    }

    /** The review lines grouped under their subject ({@code table node}), subjects sorted. */
    public Map<String, List<String>> byTable() {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        differences.stream().map(Difference::subject).sorted().distinct()
                .forEach(subject -> grouped.put(subject, new ArrayList<>()));
        differences.forEach(d -> grouped.get(d.subject()).add(d.line()));
        grouped.replaceAll((subject, lines) -> List.copyOf(lines));
        return grouped;
    }

    /**
     * The line before the differences, as Alembic's {@code check} words it: {@link #CLEAN_HEADLINE}, or
     * {@code New upgrade operations detected (the database against the entities):}.
     */
    public String headline() {
        return clean() ? CLEAN_HEADLINE
                : "New upgrade operations detected (the database against " + String.join(" and ", expected) + "):";
    }

    /** The differences as text: each subject, then its lines indented by two spaces. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        byTable().forEach((subject, group) -> {
            lines.add(subject);
            group.forEach(line -> lines.add("  " + line));
        });
        return List.copyOf(lines);
    }
}
