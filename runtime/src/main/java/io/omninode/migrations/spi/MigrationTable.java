package io.omninode.migrations.spi;

import io.omninode.migrations.MigrationScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The plain data of a generated registry: the migrations in topological order, each one string literal
 * ({@link #row}, read back by {@link #addRows}), kept in arrays, and one {@link MigrationFactory} that
 * creates a migration by its index when it is about to run. A literal per migration is what javac compiles
 * fastest: no method call to resolve and no array to build per migration. Registries of one {@link #add}
 * call per migration, and earlier ones that built each descriptor with {@link MigrationDescriptor#of}, still load.
 *
 * <pre>{@code
 * MigrationTable table = new MigrationTable(this, 2);
 * table.addRows(new String[] {
 *     "1975ea83b712||||true|v2:...||com.example.V1|create node table",
 *     "ae1027a6acf|1975ea83b712|||true|v2:...||com.example.V2|add account"});
 * return table.descriptors();
 * }</pre>
 */
public final class MigrationTable {

    /** Ends each field of a row but the message, which is last and taken as it is. */
    private static final char FIELD_END = '|';
    /** Separates the items of a list field. */
    private static final char ITEM_SEPARATOR = ',';
    /** Makes the next character of a list item plain. */
    private static final char ESCAPE = '\\';
    private static final String[] NONE = {};

    private final MigrationFactory factory;
    private final String[] revisions;
    private final String[][] downRevisions;
    private final String[][] dependsOn;
    private final String[][] branchLabels;
    private final String[] messages;
    private final boolean[] transactional;
    private final String[] checksums;
    private final String[] legacyChecksums;
    private final String[] classNames;
    private int size;

    /**
     * @param factory creates the migration at an index of this table
     * @param capacity the number of migrations the registry adds
     */
    public MigrationTable(MigrationFactory factory, int capacity) {
        this.factory = factory;
        revisions = new String[capacity];
        downRevisions = new String[capacity][];
        dependsOn = new String[capacity][];
        branchLabels = new String[capacity][];
        messages = new String[capacity];
        transactional = new boolean[capacity];
        checksums = new String[capacity];
        legacyChecksums = new String[capacity];
        classNames = new String[capacity];
    }

    /**
     * Adds the next migration; its index is the number added before it. The arrays are kept, not copied:
     * a generated registry passes literals nobody else holds.
     *
     * @throws IllegalStateException when more migrations are added than the capacity given
     */
    public void add(String revision, String[] downRevisions, String[] dependsOn, String[] branchLabels,
            String message, boolean transactional, String checksum, String legacyChecksum, String className) {
        if (size == revisions.length) {
            throw new IllegalStateException("registry " + factory.getClass().getName() + " adds more than the "
                    + revisions.length + " migrations it declared; recompile the project so the processor writes it anew");
        }
        revisions[size] = revision;
        this.downRevisions[size] = downRevisions;
        this.dependsOn[size] = dependsOn;
        this.branchLabels[size] = branchLabels;
        messages[size] = message;
        this.transactional[size] = transactional;
        checksums[size] = checksum;
        legacyChecksums[size] = legacyChecksum;
        classNames[size] = className;
        size++;
    }

    /**
     * Adds migrations, each given as one string that {@link #row} wrote.
     *
     * @throws IllegalArgumentException when a row is not in that form
     * @throws IllegalStateException when more migrations are added than the capacity given
     */
    public void addRows(String[] rows) {
        for (String row : rows) {
            new RowReader(row).addTo(this);
        }
    }

    /**
     * One migration as {@link #addRows} reads it: revision, down revisions, depends on, branch labels,
     * {@code true} or {@code false} (transactional), checksum, whole-file checksum (empty for none) and class
     * name, each ended by {@code |}, then the message as it is (it may hold any character). A list's items
     * are separated by {@code ,}, and in an item {@code \}, {@code ,} and {@code |} are escaped with {@code \}.
     *
     * @throws IllegalArgumentException when a field other than a list or the message holds {@code |} or
     *         {@code \}, or a list holds an empty item (neither can be told apart when read back)
     */
    public static String row(String revision, List<String> downRevisions, List<String> dependsOn,
            List<String> branchLabels, boolean transactional, String checksum, String legacyChecksum,
            String className, String message) {
        StringBuilder row = new StringBuilder(160 + message.length());
        plain(row, "revision", revision);
        list(row, downRevisions);
        list(row, dependsOn);
        list(row, branchLabels);
        plain(row, "transactional", String.valueOf(transactional));
        plain(row, "checksum", checksum);
        plain(row, "legacyChecksum", legacyChecksum == null ? "" : legacyChecksum);
        plain(row, "className", className);
        return row.append(message).toString();
    }

    private static void plain(StringBuilder row, String name, String value) {
        if (value.indexOf(FIELD_END) >= 0 || value.indexOf(ESCAPE) >= 0) {
            throw new IllegalArgumentException(name + " \"" + value + "\" holds '|' or '\\', which a registry row"
                    + " cannot carry outside a list");
        }
        row.append(value).append(FIELD_END);
    }

    private static void list(StringBuilder row, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item.isEmpty()) {
                throw new IllegalArgumentException("an empty item in " + items + " cannot be told from no item");
            }
            if (i > 0) {
                row.append(ITEM_SEPARATOR);
            }
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == ESCAPE || ch == ITEM_SEPARATOR || ch == FIELD_END) {
                    row.append(ESCAPE);
                }
                row.append(ch);
            }
        }
        row.append(FIELD_END);
    }

    /** The migrations added, as descriptors whose factory creates the migration only when called. */
    public List<MigrationDescriptor> descriptors() {
        List<MigrationDescriptor> descriptors = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // List.of copies once; the descriptor keeps an immutable list as it is
            descriptors.add(new MigrationDescriptor(revisions[i], List.of(downRevisions[i]), List.of(dependsOn[i]),
                    List.of(branchLabels[i]), messages[i], transactional[i], checksums[i], legacyChecksums[i],
                    classNames[i], new Indexed(factory, i)));
        }
        return Collections.unmodifiableList(descriptors);
    }

    /** Reads one row: plain fields with {@code indexOf}, lists char by char only when they hold an escape. */
    private static final class RowReader {

        private final String row;
        private int at;

        RowReader(String row) {
            this.row = row;
        }

        void addTo(MigrationTable table) {
            String revision = field(table);
            String[] downRevisions = list(table);
            String[] dependsOn = list(table);
            String[] branchLabels = list(table);
            String transactional = field(table);
            String checksum = field(table);
            String legacyChecksum = field(table);
            String className = field(table);
            if (!transactional.equals("true") && !transactional.equals("false")) {
                throw malformed(table, "transactional is \"" + transactional + "\", not true or false");
            }
            table.add(revision, downRevisions, dependsOn, branchLabels, row.substring(at),
                    transactional.equals("true"), checksum, legacyChecksum.isEmpty() ? null : legacyChecksum, className);
        }

        private String field(MigrationTable table) {
            int end = row.indexOf(FIELD_END, at);
            if (end < 0) {
                throw malformed(table, "it ends before its message");
            }
            String field = row.substring(at, end);
            at = end + 1;
            return field;
        }

        private String[] list(MigrationTable table) {
            int start = at;
            String field = field(table);
            if (field.isEmpty()) {
                return NONE;
            }
            if (field.indexOf(ESCAPE) < 0) {
                return field.split(String.valueOf(ITEM_SEPARATOR), -1);
            }
            // an escaped '|' ended the field too early: read again from its start, char by char
            List<String> items = new ArrayList<>();
            StringBuilder item = new StringBuilder();
            for (at = start; at < row.length(); at++) {
                char c = row.charAt(at);
                if (c == ESCAPE && at + 1 < row.length()) {
                    item.append(row.charAt(++at));
                } else if (c == ITEM_SEPARATOR || c == FIELD_END) {
                    items.add(item.toString());
                    item.setLength(0);
                    if (c == FIELD_END) {
                        at++;
                        return items.toArray(NONE);
                    }
                } else {
                    item.append(c);
                }
            }
            throw malformed(table, "it ends before its message");
        }

        private IllegalArgumentException malformed(MigrationTable table, String problem) {
            return new IllegalArgumentException("registry " + table.factory.getClass().getName() + " has a malformed"
                    + " migration row (" + problem + "): \"" + row + "\"; recompile the project so the processor"
                    + " writes it anew");
        }
    }

    /** A plain class rather than a lambda: one shape for every migration of every registry. */
    record Indexed(MigrationFactory factory, int index) implements Supplier<MigrationScript> {
        @Override
        public MigrationScript get() {
            return factory.create(index);
        }
    }
}
