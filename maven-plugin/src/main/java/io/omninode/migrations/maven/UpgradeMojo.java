package io.omninode.migrations.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Upgrades the database to a later revision, logging each step as {@code omninode-migrate upgrade} prints it. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class UpgradeMojo extends MigrationsMojo {

    /** {@code head}, {@code heads}, a revision or unique prefix, {@code +N}, {@code label@head}, {@code rev@+N}. */
    @Parameter(property = "omninode.target", defaultValue = "head")
    String target;

    @Override
    void run() {
        changeState(migrator -> migrator.upgrade(target));
    }
}
