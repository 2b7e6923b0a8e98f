package io.omninode.migrations.cli;

import io.omninode.migrations.Hazard;
import io.omninode.migrations.HazardRule;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.cli.format.JsonOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
            print(report, where);
        }
        return report.failed() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }

    private void print(LintReport report, String where) {
        String revision = null;
        for (Hazard hazard : report.hazards()) {
            if (!hazard.revision().equals(revision)) {
                revision = hazard.revision();
                console().println(revision + " (" + hazard.className() + ")");
            }
            HazardRule rule = hazard.rule();
            String label = hazard.allowed() ? "allowed" : rule.severity().name().toLowerCase(Locale.ROOT);
            console().println(String.format("  %-7s %s: %s", label, rule.code(), hazard.operation()));
            if (hazard.allowed()) {
                console().println("          reason: " + hazard.allowance().orElseThrow());
            } else {
                console().println("          why: " + rule.why());
                console().println("          instead: " + rule.safeAlternative());
            }
        }
        for (LintReport.UnusedAllowance unused : report.unusedAllowances()) {
            console().println("unused allowance: " + unused.revision() + " (" + unused.className() + ") allows \""
                    + unused.code() + "\", which lint no longer finds there; remove it from @AllowHazards");
        }
        report.notes().forEach(note -> console().println("note: " + note));
        long errors = count(report, HazardRule.Severity.ERROR);
        long warnings = count(report, HazardRule.Severity.WARNING);
        long allowed = report.hazards().stream().filter(Hazard::allowed).count();
        console().println(report.revisions().isEmpty() ? "Nothing to lint: no revision in the range."
                : "Linted " + report.revisions().size() + " revision" + (report.revisions().size() == 1 ? "" : "s")
                        + " (" + where + "): " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                        + " warning" + (warnings == 1 ? "" : "s") + ", " + allowed + " allowed.");
    }

    private static long count(LintReport report, HazardRule.Severity severity) {
        return report.hazards().stream().filter(h -> !h.allowed() && h.rule().severity() == severity).count();
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
