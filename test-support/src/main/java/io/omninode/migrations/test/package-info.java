/**
 * The migration verifier for users' tests: every revision upgraded and downgraded one step at a time on
 * a scratch PostgreSQL database, the live schema compared after each step with the revision's snapshot,
 * seeded rows checked to survive each step. A JUnit 5 test is a few lines:
 *
 * <pre>{@code
 * @MigrationTest
 * class BridgeMigrationsTest {
 *     @Test
 *     void everyRevisionUpgradesAndDowngradesCleanly(MigrationVerifier verifier) {
 *         verifier.verifyAll();
 *     }
 * }
 * }</pre>
 *
 * <p>Public API: {@link io.omninode.migrations.test.MigrationTest}, {@link io.omninode.migrations.test.MigrationVerifier}
 * and the values it takes and returns. {@code io.omninode.migrations.test.internal} has no compatibility guarantees.
 */
package io.omninode.migrations.test;
