/**
 * Spring Boot start-up integration: when the generated migration registry is on the classpath and the
 * application has a {@link javax.sql.DataSource} (or {@code omninode.migrations.url} is set), the database is
 * upgraded to {@code omninode.migrations.target} before JPA, {@code JdbcTemplate} and any other bean that
 * uses the database is created. Configured with {@code omninode.migrations.*}; the start-up action can be
 * replaced with an {@link io.omninode.migrations.spring.boot.OmniNodeMigrationStrategy} bean.
 *
 * <p>A thin layer over {@link io.omninode.migrations.Migrator}: no second engine, no second precedence.
 */
package io.omninode.migrations.spring.boot;
