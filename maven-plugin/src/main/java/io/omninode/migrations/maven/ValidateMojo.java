package io.omninode.migrations.maven;

import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.ProgressText;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build unless the database is at head, its applied migrations are unchanged and its schema is the
 * expected one ({@code Migrator.validate()}, what an application checks on start); the differences are listed.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ValidateMojo extends MigrationsMojo {

    @Override
    void run() {
        Migrator migrator = migrator(new MigrationListener() {});
        migrator.validate();
        info("Validated: the database is at " + ProgressText.heads(migrator.current().revisions())
                + ", its applied migrations unchanged and its schema as expected");
    }
}
