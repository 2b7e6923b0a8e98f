/**
 * The Maven plugin ({@code mvn omninode:upgrade}, {@code omninode:check}, ...): one goal per command, each a thin
 * layer over the runtime's {@link io.omninode.migrations.Migrator} on the project's own compiled migrations.
 * {@link io.omninode.migrations.maven.SettingSources} owns where a setting comes from,
 * {@link io.omninode.migrations.maven.BuildFailures} what a failed command tells the build.
 */
package io.omninode.migrations.maven;
