package io.omninode.migrations.maven;

import io.omninode.migrations.DatabaseSchema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the database's live schema as a snapshot file ({@code omninode-migrate snapshot}): how a team taking
 * over an existing database gives its head revision a snapshot (save it as {@code <schemaDir>/<head>.json}).
 */
@Mojo(name = "snapshot", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SnapshotMojo extends MigrationsMojo {

    /** Where the snapshot is written. */
    @Parameter(property = "omninode.snapshotFile",
            defaultValue = "${project.build.directory}/omninode-migrations/live-schema.json")
    File outputFile;

    @Override
    void run() throws MojoExecutionException {
        DatabaseSchema live = schemaReader().readSchema();
        // the snapshot cannot hold them, so they are said whatever the file
        live.notCompared().forEach(n -> warn("not compared: " + n + " (not in the snapshot)"));
        Path file = projectPath(outputFile);
        writeFile(file, SchemaSnapshot.toJson(live.schema()));
        info("  Generating " + file + " ...  done");
    }
}
