package io.omninode.migrations.maven;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.ProgressText;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL of an upgrade (or downgrade) range to a file without connecting, for a DBA to review or run
 * ({@code omninode-migrate upgrade --sql}): the same statements an online run sends.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SqlMojo extends MigrationsMojo {

    /** {@code [start:]end}: upgrade from {@code start} (default: base) to {@code end}; a downgrade needs both. */
    @Parameter(property = "omninode.range", defaultValue = "head")
    String range;

    /** The script of a downgrade through {@code range} ({@code head:base}) instead of an upgrade. */
    @Parameter(property = "omninode.downgrade", defaultValue = "false")
    boolean downgrade;

    /** Where the script is written. */
    @Parameter(property = "omninode.sqlFile", defaultValue = "${project.build.directory}/omninode-migrations/migration.sql")
    File outputFile;

    @Override
    void run() throws MojoExecutionException {
        ProgressText progress = new ProgressText(this::info);
        Migrator migrator = offlineMigrator(progress);
        info("Generating static SQL");
        StringBuilder sql = new StringBuilder();
        if (downgrade) {
            migrator.downgradeSql(range, sql);
        } else {
            migrator.upgradeSql(range, sql);
        }
        Path file = projectPath(outputFile);
        writeFile(file, sql.toString());
        info("Wrote the SQL of " + progress.started() + " step(s) to " + file);
    }
}
