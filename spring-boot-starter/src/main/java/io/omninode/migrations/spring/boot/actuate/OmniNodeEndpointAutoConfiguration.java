package io.omninode.migrations.spring.boot.actuate;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.spring.boot.OmniNodeMigrationsAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code omninode} Actuator endpoint, when Actuator is present and the endpoint is available. */
@AutoConfiguration(after = OmniNodeMigrationsAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnAvailableEndpoint(endpoint = OmniNodeEndpoint.class)
public class OmniNodeEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrator.class)
    @ConditionalOnMissingBean
    public OmniNodeEndpoint omniNodeEndpoint(ListableBeanFactory beans) {
        return new OmniNodeEndpoint(beans.getBeansOfType(Migrator.class));
    }
}
