package io.omninode.migrations.spring.boot;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.FluentConfiguration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Turns the {@code omninode.migrations.*} properties into the runtime's one fluent configuration. */
final class MigratorFactory {

    private static final Log LOG = LogFactory.getLog(MigratorFactory.class);

    private MigratorFactory() {}

    /**
     * @param dataSource the application's DataSource, or {@code null} when it has none (or several)
     * @throws ConfigurationException when there is no database to use, or credentials without a URL
     */
    static Migrator create(OmniNodeMigrationsProperties properties, DataSource dataSource, ClassLoader classLoader,
            List<OmniNodeMigrationsCustomizer> customizers) {
        FluentConfiguration configuration = Migrator.configure().classLoader(classLoader);
        if (properties.url() != null) {
            configuration.url(properties.url()).user(properties.user()).password(properties.password());
        } else if (properties.user() != null || properties.password() != null) {
            throw new ConfigurationException("omninode.migrations.user and omninode.migrations.password are the"
                    + " login for omninode.migrations.url, which is not set; set the URL too, or remove them to"
                    + " migrate through the application's DataSource");
        } else if (dataSource != null) {
            configuration.dataSource(dataSource);
        } else {
            throw new ConfigurationException("no DataSource to migrate: the application has several; set"
                    + " omninode.migrations.url (with user and password) to the database to migrate");
        }
        if (properties.versionTable() != null) {
            configuration.versionTable(properties.versionTable());
        }
        if (properties.versionTableSchema() != null) {
            configuration.versionTableSchema(properties.versionTableSchema());
        }
        if (properties.transactionPerMigration() != null) {
            configuration.transactionPerMigration(properties.transactionPerMigration());
        }
        if (properties.lockWaitTimeout() != null) {
            configuration.lockWaitTimeout(properties.lockWaitTimeout());
        }
        customizers.forEach(customizer -> customizer.customize(configuration));
        Migrator migrator = configuration.load();
        LOG.info("OmniNode Migrations: " + migrator.graph().size() + " revisions, migrating "
                + (migrator.settings().dataSource() != null ? "through the application's DataSource"
                        : migrator.settings().database().displayUrl()));
        return migrator;
    }
}
