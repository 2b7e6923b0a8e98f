package io.omninode.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omninode.migrations.graph.InvalidRevisionGraphException;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorLoadTest {

    /** Stands in for a generated registry. */
    public static final class ChainRegistry implements MigrationRegistry {
        @Override
        public List<MigrationDescriptor> migrations() {
            return TestMigration.chain("a1", "a2");
        }
    }

    @Test
    void registriesListedUnderMetaInfServicesAreLoadedAndAddedToExplicitMigrations(@TempDir Path classes)
            throws Exception {
        Path services = classes.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(MigrationRegistry.class.getName()), ChainRegistry.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Migrator migrator = Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused"))
                    .classLoader(loader)
                    .migrations(List.of(TestMigration.revision("b1").after("a2").creatingTable().build()))
                    .load();
            assertThat(migrator.graph().revisions()).extracting(r -> r.id()).containsExactly("a1", "a2", "b1");
            assertThat(migrator.heads()).extracting(RevisionInfo::revision).containsExactly("b1");
        }
    }

    /** A registry as processors before MigrationTable wrote it: one descriptor and method reference per migration. */
    public static final class EarlierFormatRegistry implements MigrationRegistry {
        @Override
        public List<MigrationDescriptor> migrations() {
            return List.of(MigrationDescriptor.of("e1", new String[] {}, new String[] {}, new String[] {}, "first",
                    true, "v2:x", null, EarlierMigration.class.getName(), EarlierMigration::new));
        }
    }

    public static final class EarlierMigration implements MigrationScript {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Test
    void aRegistryCompiledInTheEarlierFormatStillLoadsAndCreatesItsMigrations(@TempDir Path classes) throws Exception {
        Path services = classes.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(MigrationRegistry.class.getName()),
                EarlierFormatRegistry.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Migrator migrator = Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused"))
                    .classLoader(loader).load();

            assertThat(migrator.heads()).extracting(RevisionInfo::revision).containsExactly("e1");
            assertThat(migrator.settings().migrations().get(0).factory().get()).isInstanceOf(EarlierMigration.class);
        }
    }

    /** Issue 10: without .classLoader(...) the migrator loaded nothing and upgrade("head") returned normally. */
    @Test
    void loadingWithoutAnyMigrationsIsAConfigurationErrorSayingHowToAddThem() {
        NoMigrationsException error = catchThrowableOfType(NoMigrationsException.class,
                () -> Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused")).load().upgrade("head"));

        assertThat(error).isInstanceOf(ConfigurationException.class);
        assertThat(error.searched()).isNull();
        assertThat(error.getMessage()).startsWith("no migrations found: neither .classLoader(...) nor .migrations(...)"
                + " was given;").contains("--classpath");
    }

    @Test
    void aClassLoaderWithoutARegistryIsAConfigurationErrorNamingWhereItLooked(@TempDir Path classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader("project", new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            NoMigrationsException error = catchThrowableOfType(NoMigrationsException.class,
                    () -> Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused")).classLoader(loader)
                            .load());

            assertThat(error.getMessage()).startsWith("no migrations found: no META-INF/services/"
                    + "io.omninode.migrations.spi.MigrationRegistry in class loader \"project\" ("
                    + classes.toUri().toURL() + ");")
                    .contains(".classLoader(...)").contains(".migrations(...)");
        }
    }

    @Test
    void anExplicitEmptyListIsAProjectBeforeItsFirstRevision() {
        Migrator migrator = Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused"))
                .migrations(List.of()).load();
        assertThat(migrator.graph().size()).isZero();
    }

    /** Issue 10: after a failed strict compile, target/classes held only the services file. */
    @Test
    void aServicesFileNamingAMissingRegistryIsOneSentenceNamingTheFileAndTheClass(@TempDir Path classes)
            throws Exception {
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Path file = services.resolve(MigrationRegistry.class.getName());
        Files.writeString(file, "# generated\ncom.example.db.OmniNodeMigrationRegistry\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            ConfigurationException error = catchThrowableOfType(ConfigurationException.class,
                    () -> Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused")).classLoader(loader)
                            .load());

            assertThat(error.getMessage()).isEqualTo(file + " names com.example.db.OmniNodeMigrationRegistry, which is"
                    + " not on the classpath; rebuild the project (fix the compile errors, then mvn compile) so the"
                    + " classes and the file agree");
        }
    }

    @Test
    void migrationsThatDoNotFormAGraphAreRejectedAtLoadWithEveryProblem() {
        assertThatThrownBy(() -> Migrator.configure().environment(Map.of("POSTGRES_PASSWORD", "unused"))
                .migrations(List.of(TestMigration.revision("a1").build(),
                        TestMigration.revision("a2").after("a11").build()))
                .load())
                .isInstanceOf(InvalidRevisionGraphException.class)
                .hasMessageContaining("[OmniNode/UnknownDownRevision] downRevision \"a11\" is not a known revision");
    }
}
