/**
 * The fluent configuration behind {@code Migrator.configure()}, the resolved settings it produces, the
 * environment variables it reads ({@link io.omninode.migrations.config.DatabaseEnvironment}) and the one
 * rule for hiding passwords ({@link io.omninode.migrations.config.PasswordMask}).
 */
package io.omninode.migrations.config;
