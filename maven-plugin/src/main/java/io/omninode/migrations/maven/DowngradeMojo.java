package io.omninode.migrations.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Reverts the database to an earlier revision, logging each step as {@code omninode-migrate downgrade} prints it. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DowngradeMojo extends MigrationsMojo {

    /** Required, never defaulted: {@code -1}, {@code base}, a revision or unique prefix, {@code label@-N}. */
    @Parameter(property = "omninode.target", required = true)
    String target;

    @Override
    void run() {
        changeState(migrator -> migrator.downgrade(target));
    }
}
