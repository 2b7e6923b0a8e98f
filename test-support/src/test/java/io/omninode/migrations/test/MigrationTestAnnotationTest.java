package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What a user writes (docs/testing.md's class, with the stand-in project's snapshot folder): the registry
 * on the test classpath, the snapshots in the folder named.
 */
@MigrationTest(schemaDir = "src/test/schema")
class MigrationTestAnnotationTest {

    @Test
    void everyRevisionUpgradesAndDowngradesCleanly(MigrationVerifier verifier) {
        Verification verification = verifier.requireSnapshots().verifyAll();

        assertThat(verification.comparedWithSnapshot()).containsExactly("5e1a7c0de001", "5e1a7c0de002");
    }

    @Test
    void seededRowsSurviveEveryStep(MigrationVerifier verifier) {
        verifier.seed((connection, step) -> {
            // before each step, up and down: a row the step must keep, once the table exists
            try (Statement statement = connection.createStatement()) {
                statement.execute("do $$ begin if to_regclass('node_registration') is not null then"
                        + " insert into node_registration (id, name) values (1, 'bridge-1') on conflict do nothing;"
                        + " end if; end $$");
            }
        }).verifyAll();
    }
}
