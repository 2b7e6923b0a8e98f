package io.omninode.migrations.maven;

import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.LintText;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when a revision has an error-level hazard that its {@code @AllowHazards} does not allow, with
 * the static rules of {@code omninode-migrate lint --rules-only} (the measured checks need a scratch database: run
 * {@code omninode-migrate lint} for them). By default the revisions not yet applied to the configured database;
 * {@code -Domninode.all} lints every revision without a database.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME)
public class LintMojo extends MigrationsMojo {

    /** Lint every revision; no database is read. */
    @Parameter(property = "omninode.all", defaultValue = "false")
    boolean all;

    /** Only revisions in {@code start:end}, as {@code history} takes it. */
    @Parameter(property = "omninode.range")
    String range;

    @Override
    void run() throws MojoFailureException {
        if (all && range != null) {
            throw new MojoFailureException("give either -Domninode.range or -Domninode.all, not both");
        }
        MigrationListener quiet = new MigrationListener() {};
        // every revision needs no database; the default selection reads the version table
        Migrator migrator = all ? offlineMigrator(quiet) : migrator(quiet);
        LintReport report = migrator.lint(all ? LintRequest.all()
                : range != null ? LintRequest.range(range) : LintRequest.unapplied());
        LintText.lines(report, "the rules only").forEach(this::info);
        if (report.failed()) {
            throw new MojoFailureException("lint found error-level hazards not allowed by @AllowHazards (listed"
                    + " above): use the safe alternative each names, or allow one with @AllowHazards(value ="
                    + " \"<code>\", reason = \"...\") on the migration (docs/lint.md)");
        }
    }
}
