package io.omninode.migrations.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/** The top command: options every command shares, the exit codes; {@link Commands} adds the commands. */
@Command(name = "omninode-migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Alembic-style PostgreSQL migrations for Java: Alembic's commands over compiled @Migration classes.",
        footerHeading = "%nDatabase:%n",
        footer = {"  --url, else OMNINODE_BRIDGE_DATABASE_URL, else DATABASE_URL, else the file's",
                "  url, else POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and",
                "  POSTGRES_DATABASE from the environment, then the file, then the defaults",
                "  localhost, 5436, postgres, your_password, omninode_bridge.",
                "  Configuration file: ./omninode-migrations.properties, or --config FILE."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:check found differences (diff too, with --exit-code)",
                "2:usage: bad option, unknown, ambiguous or impossible revision; or, for check",
                "  and revision --autogenerate, the database is not up to date (not at head)",
                "3:configuration or connection: bad URL or setting, unreachable database, refused login",
                "4:a migration failed (its transaction was rolled back)",
                "5:timed out waiting for another runner's migration lock",
                "6:the database is at a revision the migrations do not know",
                "70:internal error (run again with --debug and report it)"})
final class OmniNodeMigrate implements Runnable {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: ./" + ConfigFile.FILE_NAME + " when present).")
    Path config;

    @Option(names = "--classpath", paramLabel = "PATH", split = "[,:]", splitSynopsisLabel = ":",
            scope = ScopeType.INHERIT,
            description = "Jars and folders holding compiled migrations and their generated registry.")
    List<Path> classpath = List.of();

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL (postgresql://user@host:port/db, jdbc:postgresql://...); prefer the environment"
                    + " for passwords.")
    String url;

    @Option(names = "--user", paramLabel = "ROLE", scope = ScopeType.INHERIT, description = "Database user.")
    String user;

    @Option(names = "--version-table", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Version table (default: alembic_version).")
    String versionTable;

    @Option(names = "--version-table-schema", paramLabel = "SCHEMA", scope = ScopeType.INHERIT,
            description = "Schema of the version table (default: the search path).")
    String versionTableSchema;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT,
            description = "lock_timeout for the migrations' statements, such as 3s (the default) or 500ms; off waits"
                    + " as long as the server's setting and never retries.")
    String lockTimeout;

    @Option(names = "--lock-retries", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "How often a migration that timed out on a lock is rolled back and run again (default: 9).")
    Integer lockRetries;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces and the runtime's debug log (passwords stay masked).")
    boolean debug;

    /** The command line this command runs in (set by {@link Main}, not by picocli's {@code @Spec}: see DatabaseCommand). */
    CommandLine commandLine;

    private final CliContext context;
    private final Console console;
    private Session session;

    OmniNodeMigrate(CliContext context, Console console) {
        this.context = context;
        this.console = console;
    }

    @Override
    public void run() {
        throw new ParameterException(commandLine, "Missing command: give one of "
                + String.join(", ", commandLine.getSubcommands().keySet()));
    }

    /** The session of this run, created by the first command that needs configuration. */
    Session session() {
        if (session == null) {
            session = new Session(context, new GlobalOptions(config, classpath, url, user, versionTable,
                    versionTableSchema, lockTimeout, lockRetries, debug), console);
        }
        return session;
    }

    boolean debug() {
        return debug;
    }

    Console console() {
        return console;
    }
}
