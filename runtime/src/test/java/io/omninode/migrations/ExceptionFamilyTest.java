package io.omninode.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.InvalidRevisionGraphException;
import io.omninode.migrations.graph.InvalidTargetException;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import io.omninode.migrations.schema.snapshot.SnapshotFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code catch (MigrationsException e)} catches whatever the API throws for a caller's mistake. */
class ExceptionFamilyTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("POSTGRES_PASSWORD", "unused");

    @Test
    void aMistypedTargetIsAMigrationsException() {
        Migrator migrator = Migrator.configure().environment(ENVIRONMENT)
                .migrations(TestMigration.chain("a1", "a2")).load();

        assertThatThrownBy(() -> migrator.upgrade("a3"))
                .isInstanceOf(MigrationsException.class).isInstanceOf(InvalidTargetException.class)
                .hasMessage("no revision or branch label \"a3\"; did you mean \"a1\", \"a2\"?");
    }

    @Test
    void anInvalidHistoryIsAMigrationsException() {
        assertThatThrownBy(() -> Migrator.configure().environment(ENVIRONMENT)
                .migrations(List.of(TestMigration.revision("a1").after("a0").build())).load())
                .isInstanceOf(MigrationsException.class).isInstanceOf(InvalidRevisionGraphException.class);
    }

    @Test
    void anUnreadableSnapshotIsAMigrationsException() {
        assertThatThrownBy(() -> SchemaSnapshot.fromJson("{\"formatVersion\": 99}"))
                .isInstanceOf(MigrationsException.class).isInstanceOf(SnapshotFormatException.class);
        assertThat(MigrationsException.class).isAbstract();
    }
}
