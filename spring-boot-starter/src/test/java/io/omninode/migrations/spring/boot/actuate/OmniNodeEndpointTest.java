package io.omninode.migrations.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.omninode.migrations.spring.boot.OmniNodeMigrationsAutoConfiguration;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@PostgresTest
class OmniNodeEndpointTest {

    private static ApplicationContextRunner on(TestDatabase database) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        OmniNodeMigrationsAutoConfiguration.class, OmniNodeEndpointAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
                        "omninode.migrations.target=1f0a2b3c4d5e");
    }

    @Test
    void listsEveryRevisionNewestFirstAsAppliedOrPending(TestDatabase database) {
        on(database).withPropertyValues("management.endpoints.web.exposure.include=omninode").run(context -> {
            String json = new ObjectMapper().writeValueAsString(context.getBean(OmniNodeEndpoint.class).migrations());
            assertThat(json).isEqualTo("{\"migrators\":{\"omniNodeMigrator\":{"
                    + "\"current\":[\"1f0a2b3c4d5e\"],\"heads\":[\"2e9d8c7b6a50\"],\"revisions\":["
                    + "{\"revision\":\"2e9d8c7b6a50\",\"downRevisions\":[\"1f0a2b3c4d5e\"],\"message\":\"add language\","
                    + "\"state\":\"PENDING\",\"head\":true},"
                    + "{\"revision\":\"1f0a2b3c4d5e\",\"downRevisions\":[],\"message\":\"create greeting\","
                    + "\"state\":\"APPLIED\",\"head\":false}]}}}");
        });
    }

    @Test
    void anEndpointThatIsNotExposedIsNotCreated(TestDatabase database) {
        on(database).run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OmniNodeEndpoint.class));
    }
}
