package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a user writes: the registry on the test classpath, the snapshots in the folder named. */
@MigrationTest(schemaDir = "src/test/schema")
class MigrationTestAnnotationTest {

    @Test
    void everyRevisionUpgradesAndDowngradesCleanly(MigrationVerifier verifier) {
        Verification verification = verifier.requireSnapshots().verifyAll();

        assertThat(verification.comparedWithSnapshot()).containsExactly("5e1a7c0de001", "5e1a7c0de002");
    }
}
