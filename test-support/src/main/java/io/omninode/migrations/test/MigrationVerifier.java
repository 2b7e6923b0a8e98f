package io.omninode.migrations.test;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.test.internal.DatabaseServer;
import io.omninode.migrations.test.internal.LintGate;
import io.omninode.migrations.test.internal.ScratchDatabase;
import io.omninode.migrations.test.internal.VerificationRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Verifies a migration history on a real PostgreSQL, as the seed's "test rollback procedure on staging"
 * asks: in a new, empty scratch database it upgrades every revision one at a time in topological order
 * and compares the live schema with that revision's snapshot; then it downgrades them one at a time,
 * newest first, and requires each downgrade to restore the schema read before the upgrade (and the
 * previous revision's snapshot), down to an empty database. The first step that misbehaves fails the
 * test with a {@link MigrationVerificationError} naming the revision, its class and the direction, with
 * the differences in {@code omninode-migrate check}'s format. The scratch database is dropped afterwards.
 *
 * <pre>{@code
 * @MigrationTest
 * class BridgeMigrationsTest {
 *     @Test
 *     void everyRevisionUpgradesAndDowngradesCleanly(MigrationVerifier verifier) {
 *         verifier.seed((connection, step) -> insertSampleRows(connection)).verifyAll();
 *     }
 * }
 * }</pre>
 *
 * <p>A revision without a snapshot file (or applied next to another branch, where no snapshot describes
 * the database) is verified by the round trip alone: its downgrade must restore the schema from before
 * its upgrade. {@link #requireSnapshots()} makes a missing file a failure instead.
 *
 * <p>Before any step it lints every revision with the static rules of {@code omninode-migrate lint} and fails on
 * an error-level hazard that the migration's {@code @AllowHazards} does not allow, naming the revision;
 * {@link #withoutLint()} turns that off. (The measured checks are left to {@code lint}: they need a second
 * scratch database, and the verifier already runs every revision on a real one.)
 *
 * <p>Immutable: each setting returns a new verifier.
 */
public final class MigrationVerifier {

    /** The system property naming the PostgreSQL server to verify on. */
    public static final String URL_PROPERTY = DatabaseServer.URL_PROPERTY;
    /** The environment variable naming the PostgreSQL server to verify on, when the property is not set. */
    public static final String URL_VARIABLE = DatabaseServer.URL_VARIABLE;
    /** Where the processor's revision snapshots are by default, relative to the working directory. */
    public static final String DEFAULT_SCHEMA_DIR = "src/main/schema";

    private final Settings settings;

    private MigrationVerifier(Settings settings) {
        this.settings = settings;
    }

    /**
     * A verifier for the migrations of every registry the class loader finds (the registries the
     * annotation processor generates); what {@link MigrationTest} gives a test.
     */
    public static MigrationVerifier forRegistries(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        return new MigrationVerifier(new Settings(config -> config.classLoader(classLoader), null,
                Path.of(DEFAULT_SCHEMA_DIR), null, null, false, false, true));
    }

    /** A verifier for migrations given directly, such as a registry's {@code migrations()}. */
    public static MigrationVerifier forMigrations(List<MigrationDescriptor> migrations) {
        List<MigrationDescriptor> copy = List.copyOf(migrations);
        return new MigrationVerifier(new Settings(config -> config.migrations(copy), null,
                Path.of(DEFAULT_SCHEMA_DIR), null, null, false, false, true));
    }

    /**
     * Verifies on this PostgreSQL server instead of the one the system property, the environment variable
     * or the embedded default names: any URL the migrator accepts, its user allowed to create databases.
     * Null or blank keeps that default.
     */
    public MigrationVerifier url(String url) {
        return new MigrationVerifier(settings.withUrl(url));
    }

    /** The folder of revision snapshots; {@value #DEFAULT_SCHEMA_DIR} by default. */
    public MigrationVerifier schemaDir(Path folder) {
        return new MigrationVerifier(settings.withSchemaDir(Objects.requireNonNull(folder, "folder")));
    }

    /**
     * Further migrator settings, such as a version table schema; the database is always the scratch one.
     *
     * <pre>{@code
     * verifier.configure(c -> c.versionTableSchema("bridge")).verifyAll();
     * }</pre>
     */
    public MigrationVerifier configure(Consumer<FluentConfiguration> configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return new MigrationVerifier(settings.withConfiguration(settings.configuration().andThen(configuration)));
    }

    /**
     * Runs {@code seed} before every step (given the revision about to run and its direction) and fails the
     * step if a table it keeps has fewer rows afterwards, so a migration that destroys data is caught.
     */
    public MigrationVerifier seed(StepCallback seed) {
        return new MigrationVerifier(settings.withData(Objects.requireNonNull(seed, "seed"), null));
    }

    /**
     * Runs {@code seed} before every step and {@code check} after it, instead of comparing row counts: for
     * histories whose data migrations delete rows on purpose, or to check values rather than counts.
     */
    public MigrationVerifier seed(StepCallback seed, StepCallback check) {
        return new MigrationVerifier(settings.withData(Objects.requireNonNull(seed, "seed"),
                Objects.requireNonNull(check, "check")));
    }

    /** Fails at a revision that has no snapshot file instead of verifying it by the round trip alone. */
    public MigrationVerifier requireSnapshots() {
        return new MigrationVerifier(settings.withRequireSnapshots());
    }

    /**
     * Logs every step as the migrator runs it ({@code INFO: Running upgrade  -> 1975ea83b712, ...}, through
     * {@code System.Logger}). Off by default: a history of twenty revisions makes forty such lines in every
     * build's test output, and a failure names its step anyway.
     */
    public MigrationVerifier verbose() {
        return new MigrationVerifier(settings.withVerbose());
    }

    /**
     * Verifies without linting. By default the verifier first lints every revision with the static rules of
     * {@code omninode-migrate lint} and fails on an error-level hazard that {@code @AllowHazards} does not allow.
     */
    public MigrationVerifier withoutLint() {
        return new MigrationVerifier(settings.withoutLint());
    }

    /**
     * Runs the verification in a new scratch database, dropped afterwards whatever happens.
     *
     * @return what was verified (which revisions against their snapshot)
     * @throws MigrationVerificationError at the first step that misbehaves, or before any step when lint finds
     *     an error-level hazard not allowed (unless {@link #withoutLint()})
     * @throws io.omninode.migrations.MigrationsException when the migrations cannot be loaded
     * @throws IllegalStateException when the server cannot be started or refuses to create the database
     */
    public Verification verifyAll() {
        long start = System.nanoTime();
        DatabaseServer server = DatabaseServer.resolve(settings.url());
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            DatabaseSettings database = scratch.settings();
            FluentConfiguration configuration = Migrator.configure().logSteps(settings.verbose());
            settings.configuration().accept(configuration);
            Migrator migrator = configuration.environment(Map.of()).url(database.jdbcUrl()).user(database.user())
                    .password(database.password()).load();
            if (settings.lint()) {
                LintGate.require(migrator);
            }
            return new VerificationRun(migrator, scratch, settings.schemaDir(), settings.seed(), settings.check(),
                    settings.requireSnapshots()).verify(server.description(), start);
        }
    }

    private record Settings(Consumer<FluentConfiguration> configuration, String url, Path schemaDir,
            StepCallback seed, StepCallback check, boolean requireSnapshots, boolean verbose, boolean lint) {

        Settings withUrl(String newUrl) {
            return new Settings(configuration, newUrl, schemaDir, seed, check, requireSnapshots, verbose, lint);
        }

        Settings withSchemaDir(Path folder) {
            return new Settings(configuration, url, folder, seed, check, requireSnapshots, verbose, lint);
        }

        Settings withConfiguration(Consumer<FluentConfiguration> newConfiguration) {
            return new Settings(newConfiguration, url, schemaDir, seed, check, requireSnapshots, verbose, lint);
        }

        Settings withData(StepCallback newSeed, StepCallback newCheck) {
            return new Settings(configuration, url, schemaDir, newSeed, newCheck, requireSnapshots, verbose, lint);
        }

        Settings withRequireSnapshots() {
            return new Settings(configuration, url, schemaDir, seed, check, true, verbose, lint);
        }

        Settings withVerbose() {
            return new Settings(configuration, url, schemaDir, seed, check, requireSnapshots, true, lint);
        }

        Settings withoutLint() {
            return new Settings(configuration, url, schemaDir, seed, check, requireSnapshots, verbose, false);
        }
    }
}
