package io.omninode.migrations;

import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One runner of the concurrency test, started as a separate JVM: upgrades the database named by its
 * JDBC URL argument to head, exits 0 on success and 1 (with the error on stderr) otherwise.
 */
public final class ConcurrentRunnerMain {

    static final int REVISIONS = 6;

    private ConcurrentRunnerMain() {}

    /** A chain where each migration records itself in applied_once, whose primary key rejects a second run. */
    static List<MigrationDescriptor> migrations() {
        List<MigrationDescriptor> migrations = new ArrayList<>();
        for (int i = 1; i <= REVISIONS; i++) {
            TestMigration migration = TestMigration.revision("r" + i)
                    .up((i == 1 ? "create table applied_once (revision text primary key); " : "")
                            + "insert into applied_once values ('r" + i + "')",
                            "select pg_sleep(0.05)");
            if (i > 1) {
                migration.after("r" + (i - 1));
            }
            migrations.add(migration.build());
        }
        return migrations;
    }

    static Migrator migrator(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        return Migrator.configure().dataSource(dataSource).migrations(migrations()).load();
    }

    public static void main(String[] args) {
        try {
            CommandResult result = migrator(args[0]).upgrade("head");
            System.out.println("applied " + result.steps().size());
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
