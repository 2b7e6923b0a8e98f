package io.omninode.migrations.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot which bean initializes the database, so every bean a {@code DependsOnDatabaseInitializationDetector}
 * finds (JPA's {@code EntityManagerFactory}, {@code JdbcTemplate}, {@code @DependsOnDatabaseInitialization}
 * beans) waits for it: the mechanism Boot uses for Flyway and Liquibase. Listed in {@code META-INF/spring.factories}.
 */
class OmniNodeMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(OmniNodeMigrationInitializer.class);
    }
}
