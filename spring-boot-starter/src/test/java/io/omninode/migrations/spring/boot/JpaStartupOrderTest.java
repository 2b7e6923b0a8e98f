package io.omninode.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.spring.boot.app.GreetingApplication;
import io.omninode.migrations.spring.boot.app.StartupReader;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole JPA application started as users start theirs: Hibernate must find the migrated schema. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class JpaStartupOrderTest {

    @Test
    void theMigrationsRunBeforeJpaSoARepositoryQueryAtStartUpSeesTheirData(TestDatabase database,
            CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GreetingApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .properties("spring.datasource.url=" + database.jdbcUrl(),
                        // Hibernate checks the tables while the EntityManagerFactory starts: they must exist by then
                        "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false")
                .run()) {
            assertThat(context.getBean(StartupReader.class).greetings())
                    .containsExactly("hello from revision 2e9d8c7b6a50");
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains("omniNodeMigrationInitializer");
        }
        String log = output.getOut();
        assertThat(log.indexOf("Running upgrade 1f0a2b3c4d5e -> 2e9d8c7b6a50, add language")).isPositive()
                .isLessThan(log.indexOf("Initialized JPA EntityManagerFactory"));
    }
}
