package io.omninode.migrations.spring.boot;

import io.omninode.migrations.LockTimeoutException;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.MigrationsException;
import io.omninode.migrations.SchemaDriftException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a migrations error that stopped start-up into Boot's "APPLICATION FAILED TO START" report: the
 * runtime's message as the description, and the property to change as the action.
 */
final class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        return new FailureAnalysis("OmniNode Migrations stopped the start-up: " + cause.getMessage(), action(cause),
                cause);
    }

    private static String action(MigrationsException cause) {
        if (cause instanceof MigrationFailedException failed) {
            return "Fix revision " + failed.revision() + " or the data it met, then start again: its transaction"
                    + " was rolled back and the version table still shows the revision before it.";
        }
        if (cause instanceof LockTimeoutException) {
            return "Let the other instance finish migrating, or raise omninode.migrations.lock-wait-timeout.";
        }
        if (cause instanceof SchemaDriftException) {
            return "Find what changed the schema outside the migrations, or turn the change into a migration with"
                    + " omninode-migrate revision --autogenerate; omninode.migrations.check-on-start and"
                    + " validate-on-start ask for this comparison.";
        }
        return "Fix the cause above and start again; omninode.migrations.enabled=false starts the application"
                + " without touching the database.";
    }
}
