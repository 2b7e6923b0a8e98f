package io.omninode.migrations.maven;

import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.RevisionText;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the heads of the migrations, as {@code omninode-migrate heads}; needs no database. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class HeadsMojo extends MigrationsMojo {

    /** Each head in full. */
    @Parameter(property = "omninode.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() {
        offlineMigrator(new MigrationListener() {}).heads().forEach(head -> Lines.log(this,
                verbose ? RevisionText.entry(head, false) : RevisionText.line(head, RevisionText.Style.HEADS, false)));
    }
}
