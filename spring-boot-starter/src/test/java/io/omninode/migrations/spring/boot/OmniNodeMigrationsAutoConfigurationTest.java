package io.omninode.migrations.spring.boot;

import static io.omninode.migrations.spring.boot.ScratchDatabases.execute;
import static io.omninode.migrations.spring.boot.ScratchDatabases.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.DatabaseNotUpToDateException;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.SchemaDriftException;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/** The auto-configuration in small contexts (DataSource + ours), each test on a database of its own. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class OmniNodeMigrationsAutoConfigurationTest {

    private static final String V1 = "1f0a2b3c4d5e";
    private static final String V2 = "2e9d8c7b6a50";

    private final ScratchDatabases scratch;

    OmniNodeMigrationsAutoConfigurationTest(TestDatabase home) {
        this.scratch = new ScratchDatabases(home);
    }

    @AfterEach
    void dropScratchDatabases() {
        scratch.close();
    }

    private static ApplicationContextRunner on(TestDatabase database) {
        return ApplicationContexts.on(database, OmniNodeMigrationsAutoConfiguration.class);
    }

    @Test
    void upgradesToHeadOnStartLoggingEachStepAndIsANoOpTheNextTime(CapturedOutput output) {
        TestDatabase database = scratch.create();

        on(database).run(context -> assertThat(context).hasNotFailed().hasSingleBean(Migrator.class)
                .hasSingleBean(OmniNodeMigrationInitializer.class));
        assertThat(query(database, "select string_agg(version_num, ',') from alembic_version")).isEqualTo(V2);
        // the runtime's own "Running upgrade" lines go through System.Logger: JpaStartupOrderTest sees them
        assertThat(output).contains("Upgraded to " + V2 + " (target head): 2 revisions in ",
                "OmniNode Migrations: 2 revisions, migrating through the application's DataSource");

        on(database).run(context -> assertThat(context).hasNotFailed());
        assertThat(output).contains("Database already at " + V2 + " (target head)");
        assertThat(query(database, "select count(*) from omninode_migration_log")).isEqualTo("2");
    }

    @Test
    void disabledByPropertyLeavesTheDatabaseAlone() {
        TestDatabase database = scratch.create();

        on(database).withPropertyValues("omninode.migrations.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class));
        assertThat(query(database, "select to_regclass('alembic_version')")).isNull();
    }

    @Test
    void withoutTheGeneratedRegistryNothingIsConfigured() {
        TestDatabase database = scratch.create();

        on(database).withClassLoader(new FilteredClassLoader(new ClassPathResource(
                        "META-INF/services/io.omninode.migrations.spi.MigrationRegistry")))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class));
        assertThat(query(database, "select to_regclass('alembic_version')")).isNull();
    }

    @Test
    void validateOnStartFailsWhenTheTargetStopsBelowHead() {
        TestDatabase database = scratch.create();

        on(database).withPropertyValues("omninode.migrations.target=" + V1,
                        "omninode.migrations.validate-on-start=true")
                .run(context -> assertThat(context).getFailure()
                        .isInstanceOf(BeanCreationException.class)
                        .rootCause().isInstanceOf(DatabaseNotUpToDateException.class)
                        .hasMessageContaining("It is at " + V1 + ", the migrations' head is " + V2));
        assertThat(query(database, "select string_agg(version_num, ',') from alembic_version")).isEqualTo(V1);
    }

    @Test
    void checkOnStartPassesOnTheMigratedSchemaAndFailsOnDrift(CapturedOutput output) {
        TestDatabase database = scratch.create();
        ApplicationContextRunner checking = on(database).withPropertyValues("omninode.migrations.check-on-start=true");

        checking.run(context -> assertThat(context).hasNotFailed());
        assertThat(output).contains("Checked: the schema matches the entities");

        execute(database, "alter table greeting add column note text");
        checking.run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(SchemaDriftException.class)
                .hasMessageContaining("the database schema differs from the entities")
                .hasMessageContaining("note"));
    }

    @Test
    void aStrategyBeanReplacesTheUpgrade() {
        TestDatabase database = scratch.create();

        on(database).withBean(OmniNodeMigrationStrategy.class, () -> Migrator::validate)
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(DatabaseNotUpToDateException.class)
                        .hasMessageContaining("It is at base"));
        assertThat(query(database, "select to_regclass('greeting')")).isNull();
    }

    @Test
    void aFailedMigrationStopsStartUpWithTheMigrationsError() {
        TestDatabase database = scratch.create();
        execute(database, "create table greeting (id int)");

        on(database).run(context -> {
            assertThat(context).getFailure().isInstanceOf(BeanCreationException.class)
                    .hasMessageContaining("omniNodeMigrationInitializer")
                    .cause().isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("upgrade of revision " + V1 + " (create greeting)")
                    .hasMessageContaining("relation \"greeting\" already exists");
            FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("OmniNode Migrations stopped the start-up: upgrade of"
                    + " revision " + V1);
            assertThat(analysis.getAction()).startsWith("Fix revision " + V1 + " or the data it met");
        });
        assertThat(query(database, "select to_regclass('alembic_version')")).isNotNull();
        assertThat(query(database, "select count(*) from alembic_version")).isEqualTo("0");
    }

    @Test
    void aDedicatedUrlIsMigratedInsteadOfTheApplicationsDataSource(CapturedOutput output) {
        TestDatabase application = scratch.create();
        TestDatabase dedicated = scratch.create();

        on(application).withPropertyValues("omninode.migrations.url=" + dedicated.jdbcUrl(),
                "omninode.migrations.version-table=app_version")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(query(dedicated, "select version_num from app_version")).isEqualTo(V2);
        assertThat(query(application, "select to_regclass('app_version')")).isNull();
        assertThat(output).contains("migrating postgresql://").contains("/" + dedicated.name())
                .doesNotContain("password=");
    }

    @Test
    void credentialsWithoutAUrlAreAClearError() {
        TestDatabase database = scratch.create();

        on(database).withPropertyValues("omninode.migrations.user=owner")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(ConfigurationException.class)
                        .hasMessage("omninode.migrations.user and omninode.migrations.password are the login for"
                                + " omninode.migrations.url, which is not set; set the URL too, or remove them to"
                                + " migrate through the application's DataSource"));
    }
}
