package io.omninode.migrations.maven;

import io.omninode.migrations.ChecksumMismatch;
import io.omninode.migrations.CurrentState;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.RevisionText;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the database's current revision(s), as {@code omninode-migrate current}. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CurrentMojo extends MigrationsMojo {

    /** Each revision in full. */
    @Parameter(property = "omninode.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() {
        CurrentState state = migrator(new MigrationListener() {}).current();
        if (state.heads().isEmpty()) {
            info("The database is at base: no revision applied");
        }
        for (RevisionInfo revision : state.all()) {
            Lines.log(this, verbose ? RevisionText.entry(revision, false)
                    : RevisionText.line(revision, RevisionText.Style.CURRENT, false));
        }
        for (ChecksumMismatch changed : state.changed()) {
            warn("revision " + changed.revision() + " changed since it was applied (checksum "
                    + changed.recorded() + " recorded, " + changed.current() + " now)");
        }
    }
}
