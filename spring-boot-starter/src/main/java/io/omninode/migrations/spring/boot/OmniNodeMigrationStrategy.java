package io.omninode.migrations.spring.boot;

import io.omninode.migrations.Migrator;

/**
 * Replaces what happens to the database at start-up, like Boot's {@code FlywayMigrationStrategy}. The
 * default upgrades to {@code omninode.migrations.target} and then runs the {@code validate-on-start} and
 * {@code check-on-start} checks; a strategy bean does all of that itself, or less. It still runs before JPA
 * and the other beans that use the database, and an exception it throws stops start-up.
 *
 * <pre>{@code
 * @Bean
 * OmniNodeMigrationStrategy validateOnly() {
 *     return Migrator::validate;   // migrations run in the deployment pipeline; the application only checks
 * }
 * }</pre>
 */
@FunctionalInterface
public interface OmniNodeMigrationStrategy {

    /** Brings the database into the state the application needs, or throws to stop start-up. */
    void migrate(Migrator migrator);
}
