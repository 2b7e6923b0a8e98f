package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.graph.Target;
import io.omninode.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The commands taking a parsed {@link Target}, and targets refused by the grammar before anything connects. */
class MigratorTargetTest extends MigratorDatabaseTest {

    MigratorTargetTest(TestDatabase database) {
        super(database);
    }

    @Test
    void parsedTargetsMoveTheDatabaseAsTheirText() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2", "a3"));

        assertThat(migrator.upgrade(Target.parse("+2")).headsAfter()).containsExactly("a2");
        assertThat(migrator.upgrade(new Target.Head()).headsAfter()).containsExactly("a3");
        assertThat(migrator.downgrade(new Target.RevisionRelative("a3", -2)).headsAfter()).containsExactly("a1");
        assertThat(migrator.show(new Target.Current())).extracting(RevisionInfo::revision).containsExactly("a1");
        assertThat(versions(database)).containsExactly("a1");
    }

    @Test
    void wrongWayRelativeTargetsAreRefusedBeforeConnecting() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2"));

        assertThatThrownBy(() -> migrator.upgrade(new Target.Relative(-1)))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("upgrade cannot go down to \"-1\"; use downgrade -1");
        assertThatThrownBy(() -> migrator.downgrade("a1@+1"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("downgrade cannot go up to \"a1@+1\"; use upgrade a1@+1");
        assertThat(rows(database, "select to_regclass('alembic_version') is null")).containsExactly("t");
    }

    @Test
    void aStepCountTooLargeForAnIntIsAnInvalidTargetNotANumberFormatException() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2"));

        // before Target.parse, Integer.parseInt threw NumberFormatException out of upgrade and show
        assertThatThrownBy(() -> migrator.upgrade("+99999999999"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("relative revision \"+99999999999\" moves too far: give at most 2147483647 steps");
        assertThatThrownBy(() -> migrator.show("a1+99999999999")).isInstanceOf(InvalidTargetException.class);
    }

    @Test
    void aZeroStepIsRefusedInsteadOfFailingAtBase() {
        Migrator migrator = migrator(TestMigration.chain("a1", "a2"));

        // before, "+0" on an empty database walked nowhere from base and failed with a NullPointerException
        assertThatThrownBy(() -> migrator.upgrade("+0"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessageStartingWith("relative revision \"+0\" moves nowhere");
        assertThat(rows(database, "select to_regclass('alembic_version') is null")).containsExactly("t");
    }
}
