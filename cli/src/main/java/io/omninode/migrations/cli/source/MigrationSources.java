package io.omninode.migrations.cli.source;

import java.util.List;

/**
 * What the migration sources of a folder declare.
 *
 * @param migrations every {@code @Migration} class, sorted by file
 * @param warnings files that could not be parsed and hold no {@code @Migration}, one sentence each
 */
public record MigrationSources(List<SourceMigration> migrations, List<String> warnings) {

    public MigrationSources {
        migrations = List.copyOf(migrations);
        warnings = List.copyOf(warnings);
    }
}
