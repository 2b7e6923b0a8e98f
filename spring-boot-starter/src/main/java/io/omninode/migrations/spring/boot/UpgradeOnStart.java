package io.omninode.migrations.spring.boot;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.SchemaCheck;
import io.omninode.migrations.SchemaDriftException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The default start-up action: upgrade to the target, then the checks the properties ask for. */
final class UpgradeOnStart implements OmniNodeMigrationStrategy {

    private static final Log LOG = LogFactory.getLog(UpgradeOnStart.class);

    private final OmniNodeMigrationsProperties properties;

    UpgradeOnStart(OmniNodeMigrationsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void migrate(Migrator migrator) {
        CommandResult result = migrator.upgrade(properties.target());
        LOG.info(result.isNoOp()
                ? "Database already at " + revisions(result) + " (target " + properties.target() + ")"
                : "Upgraded to " + revisions(result) + " (target " + properties.target() + "): "
                        + result.steps().size() + (result.steps().size() == 1 ? " revision" : " revisions") + " in "
                        + result.duration().toMillis() + " ms");
        if (properties.validateOnStart()) {
            migrator.validate();
            LOG.info("Validated: at the head revision(s), no applied migration edited since it ran");
        }
        if (properties.checkOnStart()) {
            SchemaCheck check = migrator.check();
            if (!check.clean()) {
                throw new SchemaDriftException(check);
            }
            LOG.info("Checked: the schema matches " + String.join(" and ", check.expected()));
        }
    }

    private static String revisions(CommandResult result) {
        return result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter());
    }
}
