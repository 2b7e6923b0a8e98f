package io.omninode.migrations;

import java.util.List;

/**
 * What {@link Migrator#lint(LintRequest)} found.
 *
 * <pre>{@code
 * LintReport report = migrator.lint(LintRequest.unapplied());
 * report.hazards().forEach(h -> log.warn(h.rule().code() + " " + h.revision() + ": " + h.operation()));
 * if (report.failed()) throw new IllegalStateException("unsafe migration");
 * }</pre>
 *
 * @param revisions the revisions linted, parents first
 * @param hazards every hazard found, allowed ones included, in revision order
 * @param unusedAllowances allowances that match no hazard, so they can be removed
 * @param notes what was not checked and why (a non-transactional revision is not measured, ...)
 * @param measured whether the revisions were also run on a scratch database
 */
public record LintReport(List<String> revisions, List<Hazard> hazards, List<UnusedAllowance> unusedAllowances,
        List<String> notes, boolean measured) {

    public LintReport {
        revisions = List.copyOf(revisions);
        hazards = List.copyOf(hazards);
        unusedAllowances = List.copyOf(unusedAllowances);
        notes = List.copyOf(notes);
    }

    /** Whether an error-level hazard is not allowed: {@code lint} then exits 1. */
    public boolean failed() {
        return hazards.stream().anyMatch(Hazard::failing);
    }

    /**
     * An {@code @AllowHazards} code that matched nothing in its revision.
     *
     * @param revision the revision id
     * @param className the migration class
     * @param code the allowed code
     */
    public record UnusedAllowance(String revision, String className, String code) {}
}
