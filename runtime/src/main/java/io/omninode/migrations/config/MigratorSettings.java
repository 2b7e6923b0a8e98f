package io.omninode.migrations.config;

import io.omninode.migrations.ChecksumMode;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The resolved, immutable configuration of a {@link io.omninode.migrations.Migrator}; built by
 * {@link FluentConfiguration#load()}.
 *
 * <pre>{@code
 * MigratorSettings settings = Migrator.configure().dataSource(ds).settings();
 * settings.versionTable(); // "alembic_version"
 * }</pre>
 *
 * @param dataSource where connections come from, or {@code null} to use {@code database}
 * @param database the resolved connection settings, or {@code null} when a DataSource is given
 * @param migrations every migration, from the explicit list and the registries found
 * @param versionTable the version table's name
 * @param versionTableSchema its schema, or {@code null} for the search path
 * @param auditTable the audit log table's name
 * @param auditTableSchema its schema (created if missing), or {@code null} for the search path
 * @param auditLog whether the audit log is kept at all
 * @param transactionPerMigration each migration in its own transaction, or the whole command in one
 * @param lockWaitTimeout how long to wait for another runner's lock
 * @param lockTimeout PostgreSQL {@code lock_timeout} while migrations run ({@link FluentConfiguration#DEFAULT_LOCK_TIMEOUT}
 *     by default), or {@code null} for the server's setting and no retries
 * @param lockRetries how many times a migration that timed out on a lock is rolled back and tried again
 * @param statementTimeout PostgreSQL {@code statement_timeout} while migrations run, or {@code null} for the server's
 * @param checksumMode what to do when an applied revision's source changed
 * @param listener hears each step as it runs
 * @param logSteps whether each step's {@code Running upgrade ...} line is also logged at INFO
 * @param schemaDir the folder of revision snapshots ({@code <revision>.json}) that {@code check} compares the
 *     database's revision with, or {@code null} when there is none
 * @param classLoader where the entity snapshot is looked for ({@code check}), or {@code null} for none
 */
public record MigratorSettings(
        DataSource dataSource,
        DatabaseSettings database,
        List<MigrationDescriptor> migrations,
        String versionTable,
        String versionTableSchema,
        String auditTable,
        String auditTableSchema,
        boolean auditLog,
        boolean transactionPerMigration,
        Duration lockWaitTimeout,
        Duration lockTimeout,
        int lockRetries,
        Duration statementTimeout,
        ChecksumMode checksumMode,
        MigrationListener listener,
        boolean logSteps,
        Path schemaDir,
        ClassLoader classLoader) {

    public MigratorSettings {
        if (dataSource == null) {
            Objects.requireNonNull(database, "database");
        }
        migrations = List.copyOf(migrations);
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(auditTable, "auditTable");
        Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
        Objects.requireNonNull(checksumMode, "checksumMode");
        if (lockRetries < 0) {
            throw new IllegalArgumentException("lockRetries must not be negative, got " + lockRetries);
        }
        Objects.requireNonNull(listener, "listener");
    }

    @Override
    public String toString() {
        return "MigratorSettings[" + (dataSource != null ? "dataSource" : database) + ", " + migrations.size()
                + " migrations, versionTable " + (versionTableSchema == null ? "" : versionTableSchema + ".")
                + versionTable + ", auditLog " + (auditLog ? (auditTableSchema == null ? "" : auditTableSchema + ".") + auditTable
                : "off") + ", transactionPerMigration " + transactionPerMigration + "]";
    }
}
