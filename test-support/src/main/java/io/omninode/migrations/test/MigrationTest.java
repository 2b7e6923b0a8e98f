package io.omninode.migrations.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class whose test methods take a {@link MigrationVerifier} parameter, set up for
 * the migrations the processor compiled into the test classpath (their generated registry) and the
 * snapshots in {@link #schemaDir()}.
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
 * <p>The database: {@link #url()} if given, else the system property {@value MigrationVerifier#URL_PROPERTY},
 * else the environment variable {@value MigrationVerifier#URL_VARIABLE}, else an embedded PostgreSQL 17 started
 * once per test JVM. Each verification runs in a scratch database of its own, dropped afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MigrationVerifierExtension.class)
public @interface MigrationTest {

    /**
     * A PostgreSQL server to verify on, as any URL the migrator accepts
     * ({@code jdbc:postgresql://localhost:5432/postgres?user=...}, {@code postgresql://user:pw@host/db}); its user
     * must be allowed to create databases. The database named is only used to create and drop scratch databases.
     * Empty: the system property, the environment variable, else an embedded server.
     */
    String url() default "";

    /**
     * The folder of revision snapshots ({@code <revision>.json}) the processor writes with
     * {@code -Aomninode.migrations.schemaDir}, relative to the working directory (the module's folder under Maven).
     */
    String schemaDir() default MigrationVerifier.DEFAULT_SCHEMA_DIR;
}
