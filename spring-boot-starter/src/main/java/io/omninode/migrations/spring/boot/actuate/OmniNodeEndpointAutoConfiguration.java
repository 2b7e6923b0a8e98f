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
import org.springframework.context.annotation.Configuration;

/**
 * The {@code omninode} Actuator endpoint, when Actuator is present and the endpoint is available. The
 * endpoint's condition is Actuator's own class, so it sits on a nested configuration that Spring reads only
 * after the class condition above passed: without Actuator, start-up must not trip over it.
 */
@AutoConfiguration(after = OmniNodeMigrationsAutoConfiguration.class)
@ConditionalOnClass(
        name = "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint")
public class OmniNodeEndpointAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(endpoint = OmniNodeEndpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnBean(Migrator.class)
        @ConditionalOnMissingBean
        OmniNodeEndpoint omniNodeEndpoint(ListableBeanFactory beans) {
            return new OmniNodeEndpoint(beans.getBeansOfType(Migrator.class));
        }
    }
}
