package io.omninode.migrations;

import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds {@link MigrationDescriptor} values in tests, standing in for the generated registry: each
 * migration runs the SQL statements given for upgrade and downgrade.
 *
 * <pre>{@code
 * TestMigration.revision("a1").up("create table t (id int)").down("drop table t").build()
 * }</pre>
 */
public final class TestMigration {

    private final String revision;
    private final List<String> downRevisions = new ArrayList<>();
    private final List<String> dependsOn = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> upgrade = new ArrayList<>();
    private final List<String> downgrade = new ArrayList<>();
    private boolean transactional = true;
    private String checksum;
    private String legacyChecksum;
    private MigrationScript script;

    private TestMigration(String revision) {
        this.revision = revision;
        this.checksum = "sha-" + revision;
    }

    public static TestMigration revision(String revision) {
        return new TestMigration(revision);
    }

    /** A linear chain r1 <- r2 <- ... each creating table t_<rev>. */
    public static List<MigrationDescriptor> chain(String... revisions) {
        List<MigrationDescriptor> result = new ArrayList<>();
        String previous = null;
        for (String revision : revisions) {
            TestMigration migration = revision(revision).creatingTable();
            if (previous != null) {
                migration.after(previous);
            }
            result.add(migration.build());
            previous = revision;
        }
        return result;
    }

    public TestMigration after(String... parents) {
        downRevisions.addAll(Arrays.asList(parents));
        return this;
    }

    public TestMigration dependsOn(String... revisions) {
        dependsOn.addAll(Arrays.asList(revisions));
        return this;
    }

    public TestMigration label(String label) {
        labels.add(label);
        return this;
    }

    public TestMigration up(String... sql) {
        upgrade.addAll(Arrays.asList(sql));
        return this;
    }

    public TestMigration down(String... sql) {
        downgrade.addAll(Arrays.asList(sql));
        return this;
    }

    /** Upgrade creates table t_<revision>, downgrade drops it. */
    public TestMigration creatingTable() {
        return up("create table t_" + revision + " (id int)").down("drop table t_" + revision);
    }

    public TestMigration nonTransactional() {
        transactional = false;
        return this;
    }

    public TestMigration checksum(String value) {
        checksum = value;
        return this;
    }

    /** The whole-file checksum that earlier versions recorded. */
    public TestMigration legacyChecksum(String value) {
        legacyChecksum = value;
        return this;
    }

    /** Runs this script instead of the SQL lists. */
    public TestMigration script(MigrationScript custom) {
        script = custom;
        return this;
    }

    public MigrationDescriptor build() {
        List<String> up = List.copyOf(upgrade);
        List<String> down = List.copyOf(downgrade);
        MigrationScript body = script != null ? script : new MigrationScript() {
            @Override
            public void upgrade(Operations op) {
                up.forEach(op::execute);
            }

            @Override
            public void downgrade(Operations op) {
                down.forEach(op::execute);
            }
        };
        return new MigrationDescriptor(revision, downRevisions, dependsOn, labels, "migration " + revision,
                transactional, checksum, legacyChecksum, "test.Migration_" + revision, () -> body);
    }
}
