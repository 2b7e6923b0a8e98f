package io.omninode.migrations.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to a real PostgreSQL: the class gets a fresh database of its
 * own, injected as a {@link TestDatabase} parameter into constructors, lifecycle and test methods.
 *
 * <p>The server is {@code OMNINODE_TEST_DATABASE_URL} when set, otherwise one embedded
 * PostgreSQL 17 started once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {}
