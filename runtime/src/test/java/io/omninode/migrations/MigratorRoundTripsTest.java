package io.omninode.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: what a command costs in round trips, counted on a real connection. A no-op upgrade pays a fixed
 * price whatever the history's length; each applied migration pays its own statements and one bookkeeping
 * statement (version rows and audit row together), which in a transaction of its own carries the commit.
 */
@PostgresTest
class MigratorRoundTripsTest {

    private final TestDatabase database;

    MigratorRoundTripsTest(TestDatabase database) {
        this.database = database;
    }

    private record Cost(long statements, long commits) {}

    private static List<MigrationDescriptor> history(String prefix, int length) {
        List<MigrationDescriptor> migrations = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            TestMigration migration = TestMigration.revision(prefix + i).up("select " + i);
            if (i > 1) {
                migration.after(prefix + (i - 1));
            }
            migrations.add(migration.build());
        }
        return migrations;
    }

    /** Applies a history of {@code length} in its own version table, then runs {@code upgrade head} again. */
    private Cost[] applyThenNoOp(String prefix, int length, boolean transactionPerMigration) {
        CountingDataSource counting = new CountingDataSource(database.dataSource());
        Migrator migrator = Migrator.configure().dataSource(counting.dataSource()).migrations(history(prefix, length))
                .versionTable(prefix + "_version").auditTable(prefix + "_log")
                .transactionPerMigration(transactionPerMigration).load();
        migrator.upgrade("head");
        Cost apply = new Cost(counting.statements(), counting.commits());
        counting.reset();
        assertThat(migrator.upgrade("head").steps()).isEmpty();
        return new Cost[] {apply, new Cost(counting.statements(), counting.commits())};
    }

    @Test
    void aNoOpUpgradeCostsFiveStatementsWhateverTheHistorysLength() {
        Cost shortHistory = applyThenNoOp("short", 3, false)[1];
        Cost longHistory = applyThenNoOp("long", 60, false)[1];

        // lock (saving the session's timeouts, then waiting), looking for the tables, reading the version rows
        // with the recorded checksums, unlock
        assertThat(longHistory).isEqualTo(shortHistory).isEqualTo(new Cost(5, 0));
    }

    /** What 20 more migrations cost: a history of 30 less one of 10, so the command's fixed cost drops out. */
    private Cost twentyMore(String prefix, boolean transactionPerMigration) {
        Cost ten = applyThenNoOp(prefix + "ten", 10, transactionPerMigration)[0];
        Cost thirty = applyThenNoOp(prefix + "thirty", 30, transactionPerMigration)[0];
        return new Cost(thirty.statements() - ten.statements(), thirty.commits() - ten.commits());
    }

    @Test
    void eachMigrationInItsOwnTransactionCostsItsStatementAndABookkeepingStatementThatCommits() {
        assertThat(twentyMore("each", true)).isEqualTo(new Cost(2 * 20, 0));
    }

    @Test
    void inOneTransactionForTheCommandAMigrationCostsNoCommit() {
        assertThat(twentyMore("one", false)).isEqualTo(new Cost(2 * 20, 0));
    }
}
