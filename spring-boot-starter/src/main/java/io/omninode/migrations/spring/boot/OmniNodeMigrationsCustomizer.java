package io.omninode.migrations.spring.boot;

import io.omninode.migrations.config.FluentConfiguration;

/**
 * Adjusts the configuration of the auto-configured {@link io.omninode.migrations.Migrator} beyond the
 * {@code omninode.migrations.*} properties, like Boot's {@code FlywayConfigurationCustomizer}; every bean of
 * this type is applied, in {@link org.springframework.core.annotation.Order} order, after the properties.
 *
 * <pre>{@code
 * @Bean
 * OmniNodeMigrationsCustomizer auditInItsOwnSchema() {
 *     return configuration -> configuration.auditTableSchema("migrations").schemaDir(Path.of("schema"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface OmniNodeMigrationsCustomizer {

    void customize(FluentConfiguration configuration);
}
