package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.tables;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigratorStampAndTakeoverTest extends MigratorDatabaseTest {

    MigratorStampAndTakeoverTest(TestDatabase database) {
        super(database);
    }

    /** What `alembic upgrade` leaves behind on PostgreSQL, written here with plain SQL. */
    private void alembicManagedDatabaseAt(String revision) {
        Sql.execute(database, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
        Sql.execute(database, "INSERT INTO alembic_version (version_num) VALUES ('" + revision + "')");
        Sql.execute(database, "create table t_1975ea83b712 (id int); create table t_ae1027a6acf0 (id int)");
    }

    @Test
    void takesOverADatabaseThatAlembicManagesAndAppliesOnlyWhatIsMissing() {
        alembicManagedDatabaseAt("ae1027a6acf0");
        Migrator migrator = migrator(TestMigration.chain("1975ea83b712", "ae1027a6acf0", "3fa4b5c6d7e8"));

        assertThat(migrator.current().revisions()).containsExactly("ae1027a6acf0");
        CommandResult result = migrator.upgrade("head");

        assertThat(result.steps()).extracting(AppliedStep::revision).containsExactly("3fa4b5c6d7e8");
        assertThat(versions(database)).containsExactly("3fa4b5c6d7e8");
        assertThat(rows(database, "select count(*) from pg_constraint where conrelid = 'alembic_version'::regclass"))
                .containsExactly("1");
    }

    @Test
    void databaseAtAnUnknownRevisionIsAnErrorListingRowsAndHeadsAndNothingRuns() {
        alembicManagedDatabaseAt("fe11ed0c0ffe");
        Migrator migrator = migrator(TestMigration.chain("1975ea83b712", "ae1027a6acf0", "3fa4b5c6d7e8"));

        UnknownDatabaseRevisionException error = catchThrowableOfType(UnknownDatabaseRevisionException.class,
                () -> migrator.upgrade("head"));

        assertThat(error.unknownRevisions()).containsExactly("fe11ed0c0ffe");
        assertThat(error.knownHeads()).containsExactly("3fa4b5c6d7e8");
        assertThat(error.getMessage()).isEqualTo("alembic_version holds revision(s) fe11ed0c0ffe that the loaded"
                + " migrations do not know (their heads: 3fa4b5c6d7e8); check that the classpath holds this project's"
                + " current build, or deploy the build that contains these revisions; only if they are gone for good,"
                + " rewrite the table with stamp --purge");
        assertThat(versions(database)).containsExactly("fe11ed0c0ffe");
        assertThat(rows(database, "select to_regclass('t_3fa4b5c6d7e8') is null")).containsExactly("t");
        assertThatThrownBy(migrator::current).isInstanceOf(UnknownDatabaseRevisionException.class);
        assertThatThrownBy(() -> migrator.downgrade("base")).isInstanceOf(UnknownDatabaseRevisionException.class);
    }

    @Test
    void withNoMigrationsLoadedTheUnknownRevisionMessageBlamesTheConfigurationNotTheDatabase() {
        alembicManagedDatabaseAt("ae1027a6acf0");
        Migrator migrator = migrator(List.of());

        UnknownDatabaseRevisionException error = catchThrowableOfType(UnknownDatabaseRevisionException.class,
                () -> migrator.upgrade("head"));

        assertThat(error.knownHeads()).isEmpty();
        assertThat(error.getMessage()).startsWith("alembic_version holds revision(s) ae1027a6acf0, but no migrations are"
                + " loaded: the migrations were not found, so point the configuration at them")
                .endsWith("do not rewrite alembic_version with stamp --purge");
        assertThat(versions(database)).containsExactly("ae1027a6acf0");
    }

    @Test
    void stampRewritesTheVersionRowsWithoutRunningMigrations() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2", "a3"));
        CommandResult result = migrator.stamp(List.of("a2"), false);

        assertThat(result.direction()).isEqualTo(Direction.STAMP);
        assertThat(result.headsAfter()).containsExactly("a2");
        assertThat(versions(database)).containsExactly("a2");
        assertThat(tables(database)).isEmpty();
        migrator.upgrade("head");
        assertThat(tables(database)).containsExactly("t_a3");
        migrator.stamp(List.of("base"), false);
        assertThat(versions(database)).isEmpty();
        assertThat(rows(database, "select direction, heads_before, heads_after from omninode_migration_log"
                + " where direction = 'stamp' order by id")).containsExactly("stamp||a2", "stamp|a3|");
    }

    @Test
    void stampOnAnotherBranchAddsARowAndPurgeStartsOver() {
        List<MigrationDescriptor> twoBases = List.of(
                TestMigration.revision("a1").creatingTable().build(),
                TestMigration.revision("a2").after("a1").creatingTable().build(),
                TestMigration.revision("b1").creatingTable().build());
        Migrator migrator = migrator(twoBases);
        migrator.upgrade("a2");
        migrator.stamp(List.of("b1"), false);
        assertThat(versions(database)).containsExactly("a2", "b1");
        migrator.stamp(List.of("a1"), true);
        assertThat(versions(database)).containsExactly("a1");
        migrator.stamp(List.of("heads"), false);
        assertThat(versions(database)).containsExactly("a2", "b1");
    }

    @Test
    void stampWithPurgeRecoversADatabaseAtAnUnknownRevision() {
        alembicManagedDatabaseAt("fe11ed0c0ffe");
        Migrator migrator = migrator(TestMigration.chain("1975ea83b712", "ae1027a6acf0"));
        assertThatThrownBy(() -> migrator.stamp(List.of("head"), false))
                .isInstanceOf(UnknownDatabaseRevisionException.class);
        migrator.stamp(List.of("head"), true);
        assertThat(versions(database)).containsExactly("ae1027a6acf0");
    }

    @Test
    void changedSourceOfAnAppliedRevisionIsReportedOrRefusedAsConfigured() {
        Migrator original = migrator(TestMigration.chain("a1", "a2"));
        original.upgrade("a1");
        List<MigrationDescriptor> edited = List.of(
                TestMigration.revision("a1").creatingTable().checksum("sha-edited").build(),
                TestMigration.revision("a2").after("a1").creatingTable().build());

        Migrator warning = migrator(edited);
        assertThat(warning.current().changed()).containsExactly(new ChecksumMismatch("a1", "sha-a1", "sha-edited"));
        assertThat(warning.current().changed()).extracting(ChecksumMismatch::revision).containsExactly("a1");

        Migrator strict = Migrator.configure().dataSource(database.dataSource()).migrations(edited)
                .properties(Map.of("checksum_mode", "fail")).load();
        ChecksumMismatchException refused = catchThrowableOfType(ChecksumMismatchException.class,
                () -> strict.upgrade("head"));
        assertThat(refused.getMessage()).startsWith("applied revision(s) a1 changed since they ran");
        assertThat(versions(database)).containsExactly("a1");

        assertThat(warning.upgrade("head").steps()).hasSize(1);
        // validate() on start refuses what upgrade only warns about
        assertThat(catchThrowableOfType(ChecksumMismatchException.class, warning::validate).mismatches())
                .containsExactly(new ChecksumMismatch("a1", "sha-a1", "sha-edited"));
    }
}
