package io.omninode.migrations.cli;

import io.omninode.migrations.config.PasswordMask;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.NoMigrationsException;
import io.omninode.migrations.config.DatabaseEnvironment;
import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run's configuration: the options, the environment and the configuration file merged with
 * the precedence flags &gt; environment &gt; file &gt; defaults (the runtime resolves the database
 * part), the class loader that finds the migrations, and the console every command prints to.
 */
final class Session {

    static final String DEFAULT_SOURCE_FOLDER = "src/main/java";
    static final String DEFAULT_SCHEMA_DIR = "src/main/schema";

    private final CliContext context;
    private final GlobalOptions options;
    private final Console console;
    private final ConfigFile config;
    private ClassLoader classLoader;

    Session(CliContext context, GlobalOptions options, Console console) {
        this.context = context;
        this.options = options;
        this.console = console;
        this.config = ConfigFile.load(options.config(), context.workingDirectory());
        maskPasswordsOf(List.of());
        LogBridge.attach(console, options.debug());
        if (config.holdsPassword()) {
            console.warn(config.path() + " holds a database password; keep credentials in the environment"
                    + " (POSTGRES_PASSWORD or OMNINODE_BRIDGE_DATABASE_URL) instead");
        }
        if (PasswordMask.carriesPassword(options.url())) {
            console.warn("--url carries a password, which other users of this machine can read in the process"
                    + " list; set OMNINODE_BRIDGE_DATABASE_URL or POSTGRES_PASSWORD instead");
        }
    }

    /** Masks the passwords of the configured URLs and of {@code moreUrls} (such as diff's operands) in all output. */
    void maskPasswordsOf(List<String> moreUrls) {
        Map<String, String> env = context.environment();
        List<String> urls = new ArrayList<>(Arrays.asList(options.url(), env.get(DatabaseEnvironment.BRIDGE_URL),
                env.get(DatabaseEnvironment.DATABASE_URL), config.get("url")));
        urls.addAll(moreUrls);
        List<String> passwords = Arrays.asList(env.get(DatabaseEnvironment.PASSWORD), config.get("password"));
        console.useMask(PasswordMask.of(urls, passwords));
    }

    Console console() {
        return console;
    }

    ConfigFile config() {
        return config;
    }

    CliContext context() {
        return context;
    }

    /** A migrator over the configured database and migrations; does not connect. */
    Migrator migrator(MigrationListener listener) {
        return load(configuration(listener).classLoader(classLoader()));
    }

    /** A migrator that reports progress nowhere: for the read commands. */
    Migrator migrator() {
        return migrator(new MigrationListener() {});
    }

    /**
     * A migrator with no migrations, only to read a database's schema ({@code snapshot}, {@code diff}): the
     * configured database, or {@code url} when given. A database no migration manages yet can be read.
     */
    Migrator schemaReader(String url) {
        FluentConfiguration configuration = configuration(new MigrationListener() {}).migrations(List.of());
        return (url == null ? configuration : configuration.url(url)).load();
    }

    /** A migrator for commands that never connect: the graph, new revisions, --sql scripts. */
    Migrator offlineMigrator(MigrationListener listener) {
        return load(configuration(listener).offline().classLoader(classLoader()));
    }


    /** An offline migrator that reports progress nowhere. */
    Migrator offlineMigrator() {
        return offlineMigrator(new MigrationListener() {});
    }

    /**
     * An offline migrator for the commands that write revisions: the compiled migrations merged with
     * those in the source folder that are not compiled yet (see {@link WorkingHistory}).
     */
    Migrator workingMigrator(boolean mayStartProject) {
        List<MigrationDescriptor> migrations = new WorkingHistory(sourceFolder(), console).migrations(() ->
                Migrator.configure().offline().classLoader(classLoader()).settings().migrations());
        if (migrations.isEmpty() && !(mayStartProject && startsProject())) {
            // Neither compiled nor in the sources: the usual error, which load() raises with where it looked.
            load(configuration(new MigrationListener() {}).offline().classLoader(classLoader()),
                    mayStartProject ? "; for the first revision of a new project, set " + ConfigFile.PACKAGE
                            + " (and " + ConfigFile.SOURCE_FOLDER + ") in " + ConfigFile.FILE_NAME : "");
        }
        return load(configuration(new MigrationListener() {}).offline().migrations(migrations));
    }

    /**
     * Whether {@code revision} starts a new project: a package is configured and its folder holds no Java
     * source yet. Only then may the first revision be written without any migration to follow.
     */
    private boolean startsProject() {
        String packageName = config.get(ConfigFile.PACKAGE);
        if (packageName == null) {
            return false;
        }
        Path folder = sourceFolder().resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.noneMatch(file -> file.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw CliException.configuration("cannot read the source folder " + folder + ": " + e.getMessage());
        }
    }

    /** Where new revisions are written and uncompiled ones are read: the file's {@code source_folder}, else the default. */
    Path sourceFolder() {
        String configured = config.get(ConfigFile.SOURCE_FOLDER);
        return configured != null ? config.resolve(configured)
                : context.workingDirectory().resolve(DEFAULT_SOURCE_FOLDER);
    }

    /**
     * The folder of revision snapshots: {@code option} (relative to the working directory), else the file's
     * {@code schema_dir}, else the default.
     */
    Path schemaFolder(String option) {
        if (option != null) {
            return context.workingDirectory().resolve(option).normalize();
        }
        String configured = config.get(ConfigFile.SCHEMA_DIR);
        return configured != null ? config.resolve(configured)
                : context.workingDirectory().resolve(DEFAULT_SCHEMA_DIR);
    }

    /** Whether {@code revision --autogenerate} writes the safe form: the file's {@code safe_ddl}, true by default. */
    boolean safeDdl() {
        String value = config.get(ConfigFile.SAFE_DDL);
        if (value == null || value.isBlank()) {
            return true;
        }
        if (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.strip());
        }
        throw CliException.configuration(ConfigFile.SAFE_DDL + " is \"" + value + "\" in " + ConfigFile.FILE_NAME
                + "; write true or false");
    }

    private FluentConfiguration configuration(MigrationListener listener) {
        FluentConfiguration configuration = Migrator.configure()
                .environment(context.environment())
                .properties(config.runtimeProperties())
                .schemaDir(schemaFolder(null))
                .listener(listener);
        if (options.url() != null) {
            configuration.url(options.url());
        }
        if (options.user() != null) {
            configuration.user(options.user());
        }
        if (options.versionTable() != null) {
            configuration.versionTable(options.versionTable());
        }
        if (options.versionTableSchema() != null) {
            configuration.versionTableSchema(options.versionTableSchema());
        }
        if (options.lockTimeout() != null) {
            configuration.lockTimeout(options.lockTimeout());
        }
        if (options.lockRetries() != null) {
            configuration.lockRetries(options.lockRetries());
        }
        return configuration;
    }

    /** Every command that works on migrations comes here, so finding none is refused in one place. */
    private Migrator load(FluentConfiguration configuration) {
        return load(configuration, "");
    }

    private Migrator load(FluentConfiguration configuration, String hint) {
        try {
            return configuration.load();
        } catch (NoMigrationsException e) {
            throw noMigrations(e, hint);
        }
    }

    /** Where the CLI looked, in its own terms, and the options that point it at the migrations. */
    private CliException noMigrations(NoMigrationsException e, String hint) {
        List<Path> entries = classpathEntries();
        String searched = entries.isEmpty() ? e.searched() : "the classpath entries " + entries.stream()
                .map(Path::toString).collect(Collectors.joining(", "));
        return CliException.configuration("no migrations found: no " + NoMigrationsException.REGISTRY_FILE + " in "
                + searched + "; compile the @Migration classes (the annotation processor writes that file) and give"
                + " them with --classpath (such as --classpath target/classes), the " + ConfigFile.CLASSPATH
                + " key of " + ConfigFile.FILE_NAME + ", or the Java classpath" + hint);
    }

    /** {@code --classpath} entries (relative to the working directory), then the file's; else the context's loader. */
    synchronized ClassLoader classLoader() {
        if (classLoader == null) {
            List<Path> entries = classpathEntries();
            if (entries.isEmpty()) {
                classLoader = context.classLoader();
            } else {
                URL[] urls = new URL[entries.size()];
                for (int i = 0; i < urls.length; i++) {
                    urls[i] = url(entries.get(i));
                }
                classLoader = new URLClassLoader("omninode-migrations", urls, context.classLoader());
            }
        }
        return classLoader;
    }

    private List<Path> classpathEntries() {
        List<Path> entries = new ArrayList<>();
        options.classpath().forEach(p -> entries.add(context.workingDirectory().resolve(p).normalize()));
        entries.addAll(config.classpath());
        return entries;
    }

    private static URL url(Path entry) {
        if (!Files.exists(entry)) {
            throw CliException.configuration("classpath entry " + entry + " does not exist; build the project"
                    + " first, or fix --classpath or the classpath key of " + ConfigFile.FILE_NAME);
        }
        try {
            return entry.toUri().toURL();
        } catch (MalformedURLException e) {
            throw CliException.configuration("classpath entry " + entry + " is not a valid path: " + e.getMessage());
        }
    }
}
