package io.omninode.migrations.test.internal;

import io.omninode.migrations.Direction;
import io.omninode.migrations.Hazard;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.test.MigrationStep;
import io.omninode.migrations.test.MigrationVerificationError;
import java.util.List;

/**
 * The verifier's lint: the static rules over every revision, before anything runs (they need no database, so a
 * hazard fails the test at once). Error-level hazards not allowed by {@code @AllowHazards} fail it; warnings and
 * allowed hazards are logged.
 */
public final class LintGate {

    private static final System.Logger LOG = System.getLogger(LintGate.class.getName());

    private LintGate() {}

    /** @throws MigrationVerificationError naming the first failing revision and listing every failing hazard */
    public static void require(Migrator migrator) {
        LintReport report = migrator.lint(LintRequest.all());
        report.hazards().stream().filter(h -> !h.failing()).forEach(h -> LOG.log(System.Logger.Level.INFO,
                "lint: {0} {1} in {2} ({3}): {4}", h.allowed() ? "allowed" : h.rule().severity().name().toLowerCase(
                        java.util.Locale.ROOT), h.rule().code(), h.revision(), h.className(), h.operation()));
        List<Hazard> failing = report.hazards().stream().filter(Hazard::failing).toList();
        if (failing.isEmpty()) {
            return;
        }
        Hazard first = failing.get(0);
        StringBuilder message = new StringBuilder("lint found ").append(failing.size())
                .append(failing.size() == 1 ? " error-level hazard" : " error-level hazards")
                .append(" not allowed by @AllowHazards, first in revision ").append(first.revision()).append(" (")
                .append(first.className()).append("):");
        for (Hazard hazard : failing) {
            message.append("\n  ").append(hazard.revision()).append(" (").append(hazard.className()).append(") ")
                    .append(hazard.rule().code()).append(": ").append(hazard.operation())
                    .append("\n      why: ").append(hazard.rule().why())
                    .append("\n      instead: ").append(hazard.rule().safeAlternative());
        }
        message.append("\nUse the safe form, or annotate the migration with @AllowHazards(value = \"")
                .append(first.rule().code()).append("\", reason = \"...\") if the hazard is acceptable there"
                        + " (docs/lint.md); MigrationVerifier.withoutLint() verifies without linting.");
        String revisionMessage = migrator.info(first.revision()).message();
        throw new MigrationVerificationError(new MigrationStep(first.revision(), first.className(), revisionMessage,
                Direction.UPGRADE), message.toString(), List.of(), null);
    }
}
