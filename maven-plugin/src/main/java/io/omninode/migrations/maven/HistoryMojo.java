package io.omninode.migrations.maven;

import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.RevisionText;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the revisions, newest first, as {@code omninode-migrate history}; needs no database unless asked. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class HistoryMojo extends MigrationsMojo {

    /** Only revisions in {@code [start]:[end]} (endpoints included; {@code current}, {@code +N}, {@code -N} read the database). */
    @Parameter(property = "omninode.range")
    String range;

    /** Mark the database's current revisions (connects). */
    @Parameter(property = "omninode.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    /** Each revision in full. */
    @Parameter(property = "omninode.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run() {
        MigrationListener quiet = new MigrationListener() {};
        // a range may name current revisions; without one, history needs no database
        Migrator migrator = indicateCurrent || range != null ? migrator(quiet) : offlineMigrator(quiet);
        List<RevisionInfo> revisions = migrator.history(range);
        Set<String> current = indicateCurrent ? Set.copyOf(migrator.current().revisions()) : Set.of();
        for (RevisionInfo revision : revisions) {
            boolean isCurrent = current.contains(revision.revision());
            Lines.log(this, verbose ? RevisionText.entry(revision, isCurrent)
                    : RevisionText.line(revision, RevisionText.Style.HISTORY, isCurrent));
        }
    }
}
