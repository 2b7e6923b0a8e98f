/**
 * The public entry point: {@link io.omninode.migrations.Migrator} ({@code Migrator.configure()...load()}),
 * what a migration implements ({@link io.omninode.migrations.MigrationScript}) and calls
 * ({@link io.omninode.migrations.Operations}), the result values commands return, and the exceptions they
 * throw, all {@link io.omninode.migrations.MigrationsException}s.
 *
 * <p>{@code Migrator} is the one class of the API that reaches into {@code io.omninode.migrations.internal}:
 * it wires the configuration to the internal engine. Nothing else public depends on internals.
 */
package io.omninode.migrations;
