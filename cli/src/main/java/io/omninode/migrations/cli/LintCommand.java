package io.omninode.migrations.cli;

import io.omninode.migrations.Hazard;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.LintText;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.cli.format.JsonOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", description = "Review migrations for hazards before they run: rules on each revision's"
        + " changes, and each revision measured on a scratch database (locks, rewrites, failures with rows) inside a"
        + " transaction that is rolled back. Exit 1 when an error-level hazard is not allowed by @AllowHazards.")
final class LintCommand extends DatabaseCommand {

    @Parameters(arity = "0..1", paramLabel = "RANGE", description = "start:end as history takes it (default: the"
            + " revisions not yet applied to the configured database).")
    String range;

    @Option(names = "--all", description = "Lint every revision; the configured database is not needed.")
    boolean all;

    @Option(names = "--scratch-url", paramLabel = "URL", description = "An empty database to measure on (never the"
            + " configured one); default: an embedded PostgreSQL started for the run.")
    String scratchUrl;

    @Option(names = "--rules-only", description = "Only the rules on the changes: no scratch database, no measurement.")
    boolean rulesOnly;

    @Option(names = "--json", description = "Print {\"revisions\", \"measured\", \"failed\", \"hazards\": [{code,"
            + " severity, measured, revision, className, operation, why, safeAlternative, allowed, reason}],"
            + " \"unusedAllowances\", \"notes\"}.")
    boolean json;

    @Override
    public Integer call() {
        if (all && range != null) {
            throw CliException.usage("give either a RANGE or --all, not both");
        }
        if (rulesOnly && scratchUrl != null) {
            throw CliException.usage("--rules-only measures nothing, so it takes no --scratch-url");
        }
        if (scratchUrl != null) {
            session().maskPasswordsOf(List.of(scratchUrl));
        }
        LintRequest request = all ? LintRequest.all() : range != null ? LintRequest.range(range) : LintRequest.unapplied();
        // the migrations first: a missing registry is reported before a scratch server is started for nothing
        Migrator migrator = session().migrator();
        LintReport report;
        String where = "the rules only";
        if (rulesOnly) {
            report = migrator.lint(request);
        } else {
            try (ScratchDatabase scratch = ScratchDatabase.open(scratchUrl)) {
                report = migrator.lint(request.measuredOn(scratch.dataSource()));
                where = scratch.description();
            }
        }
        if (json) {
            console().print(JsonOutput.write(document(report)));
        } else {
            LintText.lines(report, where).forEach(console()::println);
        }
        return report.failed() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }

    private static Map<String, Object> document(LintReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("revisions", report.revisions());
        document.put("measured", report.measured());
        document.put("failed", report.failed());
        document.put("hazards", report.hazards().stream().map(LintCommand::hazard).toList());
        document.put("unusedAllowances", report.unusedAllowances());
        document.put("notes", report.notes());
        return document;
    }

    private static Map<String, Object> hazard(Hazard hazard) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", hazard.rule().code());
        item.put("severity", hazard.rule().severity().name().toLowerCase(Locale.ROOT));
        item.put("measured", hazard.rule().measured());
        item.put("revision", hazard.revision());
        item.put("className", hazard.className());
        item.put("operation", hazard.operation());
        item.put("why", hazard.rule().why());
        item.put("safeAlternative", hazard.rule().safeAlternative());
        item.put("allowed", hazard.allowed());
        item.put("reason", hazard.allowance().orElse(null));
        return item;
    }
}
