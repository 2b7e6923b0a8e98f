package io.omninode.migrations.spi;

import io.omninode.migrations.MigrationScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The plain data of a generated registry: one {@link #add} call per migration in topological order,
 * kept in arrays, and one {@link MigrationFactory} that creates a migration by its index when it is
 * about to run. Earlier registries built each descriptor with {@link MigrationDescriptor#of}; they still load.
 *
 * <pre>{@code
 * MigrationTable table = new MigrationTable(this, 2);
 * table.add("1975ea83b712", NONE, NONE, NONE, "create node table", true, "v2:...", null, "com.example.V1");
 * table.add("ae1027a6acf", new String[] {"1975ea83b712"}, NONE, NONE, "add account", true, "v2:...", null,
 *         "com.example.V2");
 * return table.descriptors();
 * }</pre>
 */
public final class MigrationTable {

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

    /** A plain class rather than a lambda: one shape for every migration of every registry. */
    record Indexed(MigrationFactory factory, int index) implements Supplier<MigrationScript> {
        @Override
        public MigrationScript get() {
            return factory.create(index);
        }
    }
}
