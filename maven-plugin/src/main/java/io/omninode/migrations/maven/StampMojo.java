package io.omninode.migrations.maven;

import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Sets the version table to the given revisions without running any migration ({@code omninode-migrate stamp}). */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class StampMojo extends MigrationsMojo {

    /** The revisions to stamp, comma-separated: {@code head}, {@code ae1027a6acf}, {@code base}. */
    @Parameter(property = "omninode.target", required = true)
    String target;

    /** Empty the version table first (also works on a database at an unknown revision). */
    @Parameter(property = "omninode.purge", defaultValue = "false")
    boolean purge;

    @Override
    void run() {
        List<String> revisions = Arrays.stream(target.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        changeState(migrator -> migrator.stamp(revisions, purge));
    }
}
