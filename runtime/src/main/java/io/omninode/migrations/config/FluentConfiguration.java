package io.omninode.migrations.config;

import io.omninode.migrations.internal.config.DatabaseSettingsResolver;
import io.omninode.migrations.internal.config.NoDatabase;
import io.omninode.migrations.internal.config.RegistryLoader;
import io.omninode.migrations.internal.config.SettingValues;
import io.omninode.migrations.ChecksumMode;
import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.NoMigrationsException;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.schema.SqlText;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The fluent configuration behind {@link Migrator#configure()}. Explicit settings win over the
 * environment, which wins over the configuration-file properties, which win over the defaults.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.configure()
 *         .url("postgresql://node@db:5436/omninode_bridge")  // or .dataSource(ds); default: the environment
 *         .versionTableSchema("bridge")
 *         .lockWaitTimeout(Duration.ofMinutes(2))
 *         .load();
 * }</pre>
 *
 * <p>Configuration-file keys ({@link #properties(Map)}): {@code url}, {@code host}, {@code port},
 * {@code database}, {@code user}, {@code password}, {@code version_table}, {@code version_table_schema},
 * {@code audit_table}, {@code audit_table_schema}, {@code audit_log}, {@code transaction_per_migration},
 * {@code lock_wait_timeout}, {@code lock_timeout}, {@code lock_retries}, {@code statement_timeout},
 * {@code checksum_mode}, {@code schema_dir}. Environment variables {@code OMNINODE_LOCK_TIMEOUT} and
 * {@code OMNINODE_LOCK_RETRIES} sit between explicit settings and the file.
 */
public final class FluentConfiguration {

    private static final System.Logger LOG = System.getLogger(FluentConfiguration.class.getName());

    static final String DEFAULT_VERSION_TABLE = "alembic_version";
    static final String DEFAULT_AUDIT_TABLE = "omninode_migration_log";
    static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);
    /** Short enough that the queries queued behind a waiting migration stall no longer than this. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_LOCK_RETRIES = 9;
    static final String LOCK_TIMEOUT_VARIABLE = "OMNINODE_LOCK_TIMEOUT";
    static final String LOCK_RETRIES_VARIABLE = "OMNINODE_LOCK_RETRIES";

    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private Map<String, String> environment = System.getenv();
    private Map<String, String> properties = Map.of();
    private final List<MigrationDescriptor> migrations = new ArrayList<>();
    private boolean migrationsGiven;
    private ClassLoader classLoader;
    private String versionTable;
    private String versionTableSchema;
    private String auditTable;
    private String auditTableSchema;
    private Boolean auditLog;
    private Boolean transactionPerMigration;
    private Duration lockWaitTimeout;
    private String lockTimeout;
    private Integer lockRetries;
    private Duration statementTimeout;
    private ChecksumMode checksumMode;
    private MigrationListener listener = new MigrationListener() {};
    private boolean logSteps = true;
    private Path schemaDir;

    /** Connections come from this DataSource; URL, user, password and environment are then ignored. */
    public FluentConfiguration dataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /**
     * No database: for commands that never connect ({@code heads}, {@code history}, the SQL scripts of
     * {@code upgradeSql}), so no connection settings are resolved and no default-password warning is
     * logged. A command that does connect fails with an {@code SQLException} that says so.
     */
    public FluentConfiguration offline() {
        return dataSource(new NoDatabase());
    }

    /** A database URL in any accepted form; overrides the environment. */
    public FluentConfiguration url(String url) {
        this.url = url;
        return this;
    }

    public FluentConfiguration user(String user) {
        this.user = user;
        return this;
    }

    public FluentConfiguration password(String password) {
        this.password = password;
        return this;
    }

    /** The environment to read the seed's variables from; {@code System.getenv()} unless replaced (tests). */
    public FluentConfiguration environment(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        return this;
    }

    /** Configuration-file values, below the environment and explicit settings. */
    public FluentConfiguration properties(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
        return this;
    }

    /**
     * Adds migrations given directly, such as a registry's {@code migrations()}. An explicit empty list
     * is accepted (a project before its first revision); otherwise {@link #load()} refuses zero migrations.
     */
    public FluentConfiguration migrations(List<MigrationDescriptor> migrations) {
        this.migrations.addAll(migrations);
        this.migrationsGiven = true;
        return this;
    }

    /**
     * Adds the migrations of every {@link MigrationRegistry} this class loader finds with {@link java.util.ServiceLoader}
     * ({@code META-INF/services/io.omninode.migrations.spi.MigrationRegistry}, written by the annotation processor).
     */
    public FluentConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        return this;
    }

    /** The version table's name (Alembic's {@code version_table}); {@code alembic_version} by default. */
    public FluentConfiguration versionTable(String name) {
        this.versionTable = name;
        return this;
    }

    /** The version table's schema (Alembic's {@code version_table_schema}); the search path by default. */
    public FluentConfiguration versionTableSchema(String schema) {
        this.versionTableSchema = schema;
        return this;
    }

    /** The audit log table's name; {@code omninode_migration_log} by default. */
    public FluentConfiguration auditTable(String name) {
        this.auditTable = name;
        return this;
    }

    /**
     * The audit log's schema, created if missing; the version table's schema by default. A schema of
     * its own keeps the table out of Alembic's {@code alembic check}, which compares one schema.
     */
    public FluentConfiguration auditTableSchema(String schema) {
        this.auditTableSchema = schema;
        return this;
    }

    /**
     * {@code false}: no audit log table and no audit rows, so the database holds nothing Alembic does not
     * know; applied revisions then have no recorded checksum to compare. {@code true} by default.
     */
    public FluentConfiguration auditLog(boolean enabled) {
        this.auditLog = enabled;
        return this;
    }

    /**
     * {@code false} (the default, as Alembic's {@code transaction_per_migration = False} on PostgreSQL): the
     * whole command runs in one transaction, so a failure leaves the database as it was before the command.
     * {@code true}: each migration commits with its version update, and earlier steps stay when a later
     * one fails. Either way a {@code transactional = false} migration runs in autocommit and commits
     * everything before it.
     */
    public FluentConfiguration transactionPerMigration(boolean perMigration) {
        this.transactionPerMigration = perMigration;
        return this;
    }

    /** How long a command waits for another runner's migration lock; 5 minutes by default. */
    public FluentConfiguration lockWaitTimeout(Duration timeout) {
        this.lockWaitTimeout = timeout;
        return this;
    }

    /**
     * PostgreSQL {@code lock_timeout} for the migrations' statements, 3 seconds by default: a migration waiting
     * for a lock queues every later query on that table, so it gives up soon and is retried (see
     * {@link #lockRetries}). {@link Duration#ZERO} turns this off: the server's setting, no retries.
     */
    public FluentConfiguration lockTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new ConfigurationException("lock_timeout must not be negative, got " + timeout);
        }
        this.lockTimeout = timeout.toMillis() + "ms";
        return this;
    }

    /** {@link #lockTimeout(Duration)} written as in the file: {@code 3s}, {@code 500ms}, or {@code off}. */
    public FluentConfiguration lockTimeout(String timeout) {
        this.lockTimeout = java.util.Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * How many times a migration that timed out on a lock is rolled back and run again, with a growing pause
     * between attempts; 9 by default (10 attempts). 0: fail at the first lock timeout.
     */
    public FluentConfiguration lockRetries(int retries) {
        if (retries < 0) {
            throw new ConfigurationException("lock_retries must not be negative, got " + retries);
        }
        this.lockRetries = retries;
        return this;
    }

    /** PostgreSQL {@code statement_timeout} for the migrations' statements; the server's setting by default. */
    public FluentConfiguration statementTimeout(Duration timeout) {
        this.statementTimeout = timeout;
        return this;
    }

    /** Warn (default) or fail when an applied revision's source changed. */
    public FluentConfiguration checksumMode(ChecksumMode mode) {
        this.checksumMode = mode;
        return this;
    }

    /** Hears each step as it starts and finishes, for progress output. */
    public FluentConfiguration listener(MigrationListener listener) {
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Whether each step's progress line ({@code Running upgrade  -> 1975ea83b712, create node}) is logged at
     * INFO through {@code System.Logger}; on by default, so an application's log shows what ran. A caller
     * that shows progress itself, or a test that runs many steps, turns it off; the listener still hears
     * every step.
     *
     * <pre>{@code
     * Migrator.configure().logSteps(false).listener(new ProgressText(System.out::println)).load();
     * }</pre>
     */
    public FluentConfiguration logSteps(boolean log) {
        this.logSteps = log;
        return this;
    }

    /**
     * The folder of revision snapshots ({@code <revision>.json}, written by the processor with
     * {@code -Aomninode.migrations.schemaDir}): {@link io.omninode.migrations.Migrator#check()} compares the
     * database with its revision's snapshot there, so drift made outside migrations shows. Key {@code schema_dir}.
     */
    public FluentConfiguration schemaDir(Path folder) {
        this.schemaDir = java.util.Objects.requireNonNull(folder, "folder");
        return this;
    }

    /**
     * Resolves every setting without connecting.
     *
     * @throws ConfigurationException for a malformed URL, an invalid table name or setting value
     */
    public MigratorSettings settings() {
        DatabaseSettings database = null;
        if (dataSource == null) {
            database = DatabaseSettingsResolver.resolve(environment, properties, url, user, password);
            if (database.usesDefaultPassword()) {
                LOG.log(System.Logger.Level.WARNING, "connecting to {0} with the built-in default password; set"
                        + " POSTGRES_PASSWORD or a database URL", database.describe());
            }
        }
        List<MigrationDescriptor> all = new ArrayList<>(migrations);
        if (classLoader != null) {
            all.addAll(RegistryLoader.load(classLoader));
        }
        String versionSchema = optionalIdentifier("version_table_schema",
                first(versionTableSchema, properties.get("version_table_schema"), null));
        return new MigratorSettings(dataSource, database, all,
                identifier("version_table", first(versionTable, properties.get("version_table"), DEFAULT_VERSION_TABLE)),
                versionSchema,
                identifier("audit_table", first(auditTable, properties.get("audit_table"), DEFAULT_AUDIT_TABLE)),
                optionalIdentifier("audit_table_schema",
                        first(auditTableSchema, properties.get("audit_table_schema"), versionSchema)),
                bool(auditLog, "audit_log", true),
                bool(transactionPerMigration, "transaction_per_migration", false),
                duration(lockWaitTimeout, "lock_wait_timeout", DEFAULT_LOCK_WAIT),
                lockTimeout(),
                lockRetries(),
                duration(statementTimeout, "statement_timeout", null),
                checksumMode != null ? checksumMode : properties.containsKey("checksum_mode")
                        ? SettingValues.checksumMode("checksum_mode", properties.get("checksum_mode")) : ChecksumMode.WARN,
                listener,
                logSteps,
                schemaDir != null ? schemaDir : optionalPath(properties.get("schema_dir")),
                classLoader);
    }

    /** Explicit, else the environment, else the file, else the default; {@code off} or 0 gives {@code null}. */
    private Duration lockTimeout() {
        String text = layered(lockTimeout, environment.get(LOCK_TIMEOUT_VARIABLE), properties.get("lock_timeout"));
        if (text == null || text.isBlank()) {
            return DEFAULT_LOCK_TIMEOUT;
        }
        Duration timeout = SettingValues.durationOrOff("lock_timeout", text);
        return timeout.isZero() ? null : timeout;
    }

    private int lockRetries() {
        if (lockRetries != null) {
            return lockRetries;
        }
        String text = layered(null, environment.get(LOCK_RETRIES_VARIABLE), properties.get("lock_retries"));
        return text == null ? DEFAULT_LOCK_RETRIES : SettingValues.count("lock_retries", text);
    }

    private static String layered(String explicit, String fromEnvironment, String fromFile) {
        return first(explicit, fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : fromFile, null);
    }

    private static Path optionalPath(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    /**
     * Resolves the settings and builds the migrator; does not connect.
     *
     * @throws NoMigrationsException when no migration was found and no list was given with {@link #migrations(List)}
     * @throws ConfigurationException as {@link #settings()}, or for a registry whose class is missing
     */
    public Migrator load() {
        MigratorSettings settings = settings();
        if (settings.migrations().isEmpty() && !migrationsGiven) {
            throw new NoMigrationsException(RegistryLoader.describe(classLoader));
        }
        return new Migrator(settings);
    }

    private boolean bool(Boolean explicit, String key, boolean fallback) {
        if (explicit != null) {
            return explicit;
        }
        String text = properties.get(key);
        return text == null || text.isBlank() ? fallback : SettingValues.bool(key, text);
    }

    private Duration duration(Duration explicit, String key, Duration fallback) {
        if (explicit != null) {
            if (explicit.isNegative()) {
                throw new ConfigurationException(key + " must not be negative, got " + explicit);
            }
            return explicit;
        }
        String text = properties.get(key);
        return text == null || text.isBlank() ? fallback : SettingValues.duration(key, text);
    }

    private static String first(String explicit, String fromFile, String fallback) {
        if (explicit != null) {
            return explicit;
        }
        return fromFile != null && !fromFile.isBlank() ? fromFile.strip() : fallback;
    }

    private static String optionalIdentifier(String key, String name) {
        return name == null || name.isEmpty() ? null : identifier(key, name);
    }

    private static String identifier(String key, String name) {
        try {
            SqlText.checkIdentifier(name);
            return name;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key + ": " + e.getMessage(), e);
        }
    }
}
