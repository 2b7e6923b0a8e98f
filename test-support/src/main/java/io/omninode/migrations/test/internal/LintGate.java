package io.omninode.migrations.test.internal;

import io.omninode.migrations.Direction;
import io.omninode.migrations.Hazard;
import io.omninode.migrations.LintReport;
import io.omninode.migrations.LintRequest;
import io.omninode.migrations.LintText;
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
        List<Hazard> others = report.hazards().stream().filter(h -> !h.failing()).toList();
        if (!others.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "lint: warnings and allowed hazards\n"
                    + String.join("\n", LintText.hazards(others)));
        }
        List<Hazard> failing = report.hazards().stream().filter(Hazard::failing).toList();
        if (failing.isEmpty()) {
            return;
        }
        Hazard first = failing.get(0);
        String message = "lint found " + failing.size() + (failing.size() == 1 ? " error-level hazard" : " error-level"
                + " hazards") + " not allowed by @AllowHazards, first in revision " + first.revision() + " ("
                + first.className() + "):\n" + String.join("\n", LintText.hazards(failing))
                + "\nUse the safe form, or annotate the migration with @AllowHazards(value = \"" + first.rule().code()
                + "\", reason = \"...\") if the hazard is acceptable there (docs/lint.md);"
                + " MigrationVerifier.withoutLint() verifies without linting.";
        String revisionMessage = migrator.info(first.revision()).message();
        throw new MigrationVerificationError(new MigrationStep(first.revision(), first.className(), revisionMessage,
                Direction.UPGRADE), message, List.of(), null);
    }
}
