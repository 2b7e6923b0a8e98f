package io.omninode.migrations.maven;

import io.omninode.migrations.CommandResult;
import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.MigrationsException;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.NoMigrationsException;
import io.omninode.migrations.ProgressText;
import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.config.PasswordMask;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: the database and table settings of the POM, {@code -Domninode.*} and the
 * environment (see {@link SettingSources}), the project's compiled migrations on a class loader over its
 * runtime classpath, the runtime's log in the build's, and failures turned into the CLI's messages.
 */
public abstract class MigrationsMojo extends AbstractMojo {

    /** A database URL (JDBC, libpq or SQLAlchemy form); {@code -Domninode.url} and the environment win over it. */
    @Parameter
    String url;

    /** The login role; completes {@code <url>} when it names none. {@code -Domninode.user} wins over it. */
    @Parameter
    String user;

    /** The password; prefer {@code <serverId>}, which keeps it in {@code settings.xml}, or the environment. */
    @Parameter
    String password;

    /** A {@code <server>} of {@code settings.xml} whose username and (decrypted) password are the default login. */
    @Parameter
    String serverId;

    /** The version table ({@code alembic_version} by default); {@code -Domninode.versionTable} wins over it. */
    @Parameter
    String versionTable;

    /** The version table's schema (the search path by default); {@code -Domninode.versionTableSchema}. */
    @Parameter
    String versionTableSchema;

    /** Commit each migration on its own ({@code false}: the whole command is one transaction); {@code -Domninode.transactionPerMigration}. */
    @Parameter
    Boolean transactionPerMigration;

    /** How long to wait for another runner's migration lock, such as {@code 30s} or {@code 2min}; 5 minutes by default. */
    @Parameter
    String lockWaitTimeout;

    /** {@code warn} (the default) or {@code fail} when an applied migration's source changed; {@code -Domninode.checksumMode}. */
    @Parameter
    String checksumMode;

    /** The folder of revision snapshots that {@code check} and {@code validate} compare with; {@code -Domninode.schemaDir}. */
    @Parameter(defaultValue = "${project.basedir}/src/main/schema")
    File schemaDir;

    /** Skips the goal. */
    @Parameter(property = "omninode.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    @Inject
    SettingsDecrypter settingsDecrypter;

    private SettingSources sources;
    private PasswordMask mask = PasswordMask.of(List.of(), List.of());
    private ClassLoader projectLoader;

    /** The goal's own work, with the migrators below. */
    abstract void run() throws MojoFailureException, MojoExecutionException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: omninode.skip is set");
            return;
        }
        sources = new SettingSources(pomValues(), SettingSources.commandLine(session.getUserProperties()),
                System.getenv());
        mask = sources.mask();
        if (sources.passwordOnCommandLine()) {
            warn("-Domninode.url carries a password, which other users of this machine can read in the process"
                    + " list; set OMNINODE_BRIDGE_DATABASE_URL or POSTGRES_PASSWORD, or use <serverId>, instead");
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        RuntimeLog runtimeLog = RuntimeLog.attach(getLog(), mask);
        try (URLClassLoader loader = projectClassLoader()) {
            projectLoader = loader;
            thread.setContextClassLoader(loader);
            run();
        } catch (MigrationsException e) {
            debugTrace(e);
            throw BuildFailures.of(e, mask);
        } catch (IOException e) {
            throw new MojoExecutionException(mask.mask("cannot close the project's class loader: " + e.getMessage()));
        } catch (RuntimeException e) {
            debugTrace(e);
            throw BuildFailures.unexpected(e, mask);
        } finally {
            thread.setContextClassLoader(previous);
            runtimeLog.close();
        }
    }

    /** A migrator over the configured database and the project's migrations; does not connect yet. */
    Migrator migrator(MigrationListener listener) {
        return load(configuration().listener(listener));
    }

    /**
     * Runs {@code upgrade}, {@code downgrade} or {@code stamp} with a progress line per step and the summary,
     * as {@code omninode-migrate} prints them.
     */
    void changeState(Function<Migrator, CommandResult> command) {
        info(ProgressText.summary(command.apply(migrator(new ProgressText(this::info)))));
    }

    /** A migrator for what needs no database (the graph, SQL scripts): no connection settings are resolved. */
    Migrator offlineMigrator(MigrationListener listener) {
        return load(configuration().listener(listener).offline());
    }

    /** A migrator without migrations, only to read the configured database's schema. */
    Migrator schemaReader() {
        return configuration().migrations(List.of()).load();
    }

    void info(String line) {
        getLog().info(mask.mask(line));
    }

    void warn(String line) {
        getLog().warn(mask.mask(line));
    }

    /** A path given in the POM or with {@code -D}, relative to the project's folder. */
    Path projectPath(File file) {
        return project.getBasedir().toPath().resolve(file.toPath()).normalize();
    }

    private FluentConfiguration configuration() {
        String schemaFolder = sources.commandLine().get("schemaDir");
        return sources.configure().classLoader(projectLoader)
                .schemaDir(projectPath(schemaFolder != null ? new File(schemaFolder) : schemaDir));
    }

    private Migrator load(FluentConfiguration configuration) {
        try {
            return configuration.load();
        } catch (NoMigrationsException e) {
            throw new ConfigurationException("no migrations found: no " + NoMigrationsException.REGISTRY_FILE + " in "
                    + project.getBuild().getOutputDirectory() + " or the project's runtime dependencies; compile the"
                    + " @Migration classes first (mvn compile omninode:" + execution.getGoal() + "), with"
                    + " omninode-migrations-processor in the compiler plugin's annotationProcessorPaths", e);
        }
    }

    /** The POM's values under the runtime's configuration-file keys, the server's login below its own. */
    private Map<String, String> pomValues() throws MojoExecutionException {
        Map<String, String> values = new TreeMap<>();
        if (serverId != null) {
            Server server = server(serverId);
            putIfSet(values, "user", server.getUsername());
            putIfSet(values, "password", server.getPassword());
        }
        putIfSet(values, "url", url);
        putIfSet(values, "user", user);
        putIfSet(values, "password", password);
        putIfSet(values, "version_table", versionTable);
        putIfSet(values, "version_table_schema", versionTableSchema);
        putIfSet(values, "transaction_per_migration",
                transactionPerMigration == null ? null : transactionPerMigration.toString());
        putIfSet(values, "lock_wait_timeout", lockWaitTimeout);
        putIfSet(values, "checksum_mode", checksumMode);
        return values;
    }

    private Server server(String id) throws MojoExecutionException {
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            throw new MojoExecutionException("<serverId>" + id + "</serverId> names no <server> in settings.xml;"
                    + " add <server><id>" + id + "</id><username>...</username><password>...</password></server>"
                    + " to ~/.m2/settings.xml, or fix <serverId>");
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            throw new MojoExecutionException("cannot decrypt the password of <server> " + id + " in settings.xml: "
                    + result.getProblems().get(0).getMessage() + "; check ~/.m2/settings-security.xml");
        }
        return result.getServer();
    }

    private static void putIfSet(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /** target/classes and the project's runtime dependencies, over the plugin's runtime (parent first). */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("cannot build the project's runtime classpath: " + e.getMessage(), e);
        }
        return new URLClassLoader("omninode-migrations-project", urls.toArray(URL[]::new),
                MigrationsMojo.class.getClassLoader());
    }

    private void debugTrace(Exception e) {
        if (getLog().isDebugEnabled()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            getLog().debug(mask.mask(trace.toString()));
        }
    }

    /** Writes a goal's output file, its folder created as needed. */
    void writeFile(Path file, String text) throws MojoExecutionException {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
