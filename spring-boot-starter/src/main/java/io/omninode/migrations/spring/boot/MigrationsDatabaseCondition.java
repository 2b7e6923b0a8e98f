package io.omninode.migrations.spring.boot;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** There is a database to migrate: the application's DataSource, or a URL of the migrations' own. */
final class MigrationsDatabaseCondition extends AnyNestedCondition {

    MigrationsDatabaseCondition() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    private static final class ApplicationDataSource {}

    @ConditionalOnProperty(prefix = "omninode.migrations", name = "url")
    private static final class DedicatedUrl {}
}
