package io.omninode.migrations.examples.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.test.MigrationTest;
import io.omninode.migrations.test.MigrationVerifier;
import io.omninode.migrations.test.Verification;
import org.junit.jupiter.api.Test;

/**
 * The migrations produce exactly the schema the JPA entities describe, names of Hibernate's constraints
 * included (the verifier found V1CreateShop's foreign key named by PostgreSQL instead), and undo it.
 */
@MigrationTest
class ShopMigrationsTest {

    @Test
    void everyRevisionProducesTheEntitiesSnapshotAndDowngradesToAnEmptyDatabase(MigrationVerifier verifier) {
        Verification verification = verifier.requireSnapshots().verifyAll();

        assertThat(verification.comparedWithSnapshot()).containsExactly("5a1e0c0ffee1");
    }
}
