package io.omninode.migrations.spring.boot;

import io.omninode.migrations.Migrator;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that migrates the database while the context starts. Boot's database-initialization ordering
 * knows it (see {@code OmniNodeMigrationInitializerDetector}), so the {@code EntityManagerFactory},
 * {@code JdbcTemplate} and beans marked {@code @DependsOnDatabaseInitialization} are created after it.
 *
 * <pre>{@code
 * @Bean
 * @DependsOn("omniNodeMigrationInitializer")   // only for a bean Boot cannot recognise as using the database
 * ReportCache reportCache(DataSource dataSource) { ... }
 * }</pre>
 */
public class OmniNodeMigrationInitializer implements InitializingBean {

    private final Migrator migrator;
    private final OmniNodeMigrationStrategy strategy;

    public OmniNodeMigrationInitializer(Migrator migrator, OmniNodeMigrationStrategy strategy) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /** Runs the strategy; its exception stops start-up as the cause of a {@code BeanCreationException}. */
    @Override
    public void afterPropertiesSet() {
        strategy.migrate(migrator);
    }
}
