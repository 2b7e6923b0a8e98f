package io.omninode.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link LintReport} as {@code omninode-migrate lint} prints it: each revision and class, then each hazard with
 * its label, code and operation, why and the safe alternative (or the allowance's reason); the unused allowances,
 * the notes and a summary line. The CLI, the Maven plugin's {@code lint} goal and the migration verifier print
 * reports with it, so all three say the same.
 *
 * <pre>{@code
 * LintText.lines(migrator.lint(LintRequest.all()), "the rules only").forEach(System.out::println);
 * }</pre>
 */
public final class LintText {

    private LintText() {}

    /**
     * Every line of the report, the summary last.
     *
     * @param where how the revisions were checked, for the summary: {@code the rules only}, or the scratch database
     */
    public static List<String> lines(LintReport report, String where) {
        List<String> lines = new ArrayList<>(hazards(report.hazards()));
        for (LintReport.UnusedAllowance unused : report.unusedAllowances()) {
            lines.add("unused allowance: " + unused.revision() + " (" + unused.className() + ") allows \""
                    + unused.code() + "\", which lint no longer finds there; remove it from @AllowHazards");
        }
        report.notes().forEach(note -> lines.add("note: " + note));
        lines.add(summary(report, where));
        return List.copyOf(lines);
    }

    /** The hazards alone, each revision's under a line naming it and its class. */
    public static List<String> hazards(List<Hazard> hazards) {
        List<String> lines = new ArrayList<>();
        String revision = null;
        for (Hazard hazard : hazards) {
            if (!hazard.revision().equals(revision)) {
                revision = hazard.revision();
                lines.add(revision + " (" + hazard.className() + ")");
            }
            HazardRule rule = hazard.rule();
            String label = hazard.allowed() ? "allowed" : rule.severity().name().toLowerCase(Locale.ROOT);
            lines.add(String.format("  %-7s %s: %s", label, rule.code(), hazard.operation()));
            if (hazard.allowed()) {
                lines.add("          reason: " + hazard.allowance().orElseThrow());
            } else {
                lines.add("          why: " + rule.why());
                lines.add("          instead: " + rule.safeAlternative());
            }
        }
        return lines;
    }

    /** {@code Linted 3 revisions (the rules only): 1 error, 2 warnings, 0 allowed.} */
    public static String summary(LintReport report, String where) {
        if (report.revisions().isEmpty()) {
            return "Nothing to lint: no revision in the range.";
        }
        long errors = count(report, HazardRule.Severity.ERROR);
        long warnings = count(report, HazardRule.Severity.WARNING);
        long allowed = report.hazards().stream().filter(Hazard::allowed).count();
        return "Linted " + plural(report.revisions().size(), "revision") + " (" + where + "): "
                + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + allowed + " allowed.";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static long count(LintReport report, HazardRule.Severity severity) {
        return report.hazards().stream().filter(h -> !h.allowed() && h.rule().severity() == severity).count();
    }
}
