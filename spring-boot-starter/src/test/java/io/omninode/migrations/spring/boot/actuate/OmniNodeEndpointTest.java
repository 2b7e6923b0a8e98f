package io.omninode.migrations.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.spring.boot.ApplicationContexts;
import io.omninode.migrations.spring.boot.OmniNodeMigrationInitializer;
import io.omninode.migrations.spring.boot.OmniNodeMigrationsAutoConfiguration;
import io.omninode.migrations.spring.boot.actuate.OmniNodeEndpoint.MigratorDescriptor;
import io.omninode.migrations.spring.boot.actuate.OmniNodeEndpoint.MigratorsDescriptor;
import io.omninode.migrations.spring.boot.actuate.OmniNodeEndpoint.RevisionDescriptor;
import io.omninode.migrations.spring.boot.actuate.OmniNodeEndpoint.State;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The endpoint's content; examples-spring-boot reads the same over HTTP as JSON. */
@PostgresTest
class OmniNodeEndpointTest {

    private static ApplicationContextRunner on(TestDatabase database) {
        return ApplicationContexts.on(database, OmniNodeMigrationsAutoConfiguration.class,
                        OmniNodeEndpointAutoConfiguration.class)
                .withPropertyValues("omninode.migrations.target=1f0a2b3c4d5e");
    }

    @Test
    void listsEveryRevisionNewestFirstAsAppliedOrPending(TestDatabase database) {
        MigratorsDescriptor expected = new MigratorsDescriptor(Map.of("omniNodeMigrator", new MigratorDescriptor(
                List.of("1f0a2b3c4d5e"), List.of("2e9d8c7b6a50"),
                List.of(new RevisionDescriptor("2e9d8c7b6a50", List.of("1f0a2b3c4d5e"), "add language", State.PENDING,
                                true),
                        new RevisionDescriptor("1f0a2b3c4d5e", List.of(), "create greeting", State.APPLIED, false)))));

        on(database).withPropertyValues("management.endpoints.web.exposure.include=omninode").run(context ->
                assertThat(context.getBean(OmniNodeEndpoint.class).migrations()).isEqualTo(expected));
    }

    @Test
    void withoutActuatorOnTheClasspathThereIsNoEndpointAndStartUpStillMigrates(TestDatabase database) {
        on(database).withPropertyValues("management.endpoints.web.exposure.include=omninode")
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OmniNodeEndpoint.class)
                        .hasSingleBean(OmniNodeMigrationInitializer.class));
    }

    @Test
    void anEndpointThatIsNotExposedIsNotCreated(TestDatabase database) {
        on(database).run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OmniNodeEndpoint.class));
    }
}
