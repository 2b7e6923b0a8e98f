package io.omninode.migrations.spring.boot;

import io.omninode.migrations.Migrator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Upgrades the database at start-up when the registry the OmniNode processor generates is on the classpath
 * and there is a database (the application's {@code DataSource}, or {@code omninode.migrations.url}).
 * Ordered after the DataSource's auto-configuration, named for both Boot 3 and Boot 4 packages; the
 * {@link OmniNodeMigrationInitializer} runs before JPA and JDBC beans through Boot's database-initialization
 * dependencies, as Flyway's does.
 *
 * <pre>{@code
 * omninode.migrations.enabled=false   # start without touching the database
 * }</pre>
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(Migrator.class)
@ConditionalOnResource(resources = OmniNodeMigrationsAutoConfiguration.REGISTRY_SERVICE)
@ConditionalOnProperty(prefix = "omninode.migrations", name = "enabled", havingValue = "true", matchIfMissing = true)
@Conditional(MigrationsDatabaseCondition.class)
@EnableConfigurationProperties(OmniNodeMigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class OmniNodeMigrationsAutoConfiguration {

    /** The service file the processor writes next to the generated registry. */
    static final String REGISTRY_SERVICE = "classpath:META-INF/services/io.omninode.migrations.spi.MigrationRegistry";

    /** The migrator over the application's migrations, for the start-up action, the endpoint and the application. */
    @Bean
    @ConditionalOnMissingBean
    public Migrator omniNodeMigrator(OmniNodeMigrationsProperties properties, ObjectProvider<DataSource> dataSource,
            ObjectProvider<OmniNodeMigrationsCustomizer> customizers, ResourceLoader resourceLoader) {
        return MigratorFactory.create(properties, properties.url() != null ? null : dataSource.getIfUnique(),
                resourceLoader.getClassLoader(), customizers.orderedStream().toList());
    }

    /** Runs a user's {@link OmniNodeMigrationStrategy}, else the upgrade to the target and the on-start checks. */
    @Bean
    @ConditionalOnMissingBean
    public OmniNodeMigrationInitializer omniNodeMigrationInitializer(Migrator migrator,
            OmniNodeMigrationsProperties properties, ObjectProvider<OmniNodeMigrationStrategy> strategy) {
        return new OmniNodeMigrationInitializer(migrator,
                strategy.getIfAvailable(() -> new UpgradeOnStart(properties)));
    }
}
