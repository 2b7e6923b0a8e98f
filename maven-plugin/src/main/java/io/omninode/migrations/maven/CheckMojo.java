package io.omninode.migrations.maven;

import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.SchemaCheck;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the database differs from the entities or from the snapshot of its revision, listing
 * every difference ({@code omninode-migrate check}); also when the database is not at head.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends MigrationsMojo {

    @Override
    void run() throws MojoFailureException {
        SchemaCheck check = migrator(new MigrationListener() {}).check();
        check.notCompared().forEach(n -> info("not compared: " + n));
        if (!check.clean()) {
            throw new MojoFailureException(check.headline() + "\n" + String.join("\n", check.lines())
                    + "\nturn the differences into a migration (omninode-migrate revision --autogenerate -m"
                    + " \"<message>\"), or find what changed the database outside the migrations");
        }
        info(check.headline());
    }
}
