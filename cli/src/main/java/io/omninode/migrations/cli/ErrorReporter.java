package io.omninode.migrations.cli;

import io.omninode.migrations.config.PasswordMask;
import io.omninode.migrations.ChecksumMismatchException;
import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.DatabaseNotUpToDateException;
import io.omninode.migrations.SchemaDriftException;
import io.omninode.migrations.LockTimeoutException;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.MigrationsException;
import io.omninode.migrations.UnknownDatabaseRevisionException;
import io.omninode.migrations.graph.InvalidTargetException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into an exit code and one line saying what failed and what to do; the
 * stack trace only with {@code --debug}, masked like everything else.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int INTERNAL_ERROR = 70;

    private final OmniNodeMigrate root;

    ErrorReporter(OmniNodeMigrate root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        Console console = root.console();
        int code = report(e, console);
        if (root.debug()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            console.detail(trace.toString());
        } else if (code == INTERNAL_ERROR) {
            console.error("run again with --debug for the stack trace");
        }
        return code;
    }

    /** A command line that does not parse: the message and where to find help, with any URL's password masked. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        Console console = root.console();
        console.useMask(PasswordMask.of(Arrays.asList(args), List.of()));
        console.error(e.getMessage());
        CommandLine command = e.getCommandLine();
        console.error("see '" + command.getCommandSpec().qualifiedName() + " --help' for the commands and options");
        return ExitCode.USAGE;
    }

    private static int report(Exception e, Console console) {
        if (e instanceof CliException cli) {
            console.error(cli.getMessage());
            return cli.exitCode();
        }
        if (e instanceof InvalidTargetException) {
            console.error(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof MigrationFailedException failed) {
            console.error(firstLine(failed.getMessage()));
            if (failed.sql() != null) {
                console.error("  SQL: " + failed.sql());
            }
            // 55P03: lock_timeout; the migration is fine, the session holding the lock is in the way
            console.error(failed.outcome() + ("55P03".equals(failed.sqlState())
                    ? "; once the blocking session is gone, run the command again"
                    : "; fix the migration and run the command again"));
            return ExitCode.MIGRATION_FAILED;
        }
        if (e instanceof ChecksumMismatchException) {
            console.error(e.getMessage() + " (checksum_mode = warn in " + ConfigFile.FILE_NAME + ")");
            return ExitCode.MIGRATION_FAILED;
        }
        if (e instanceof DatabaseNotUpToDateException) {
            console.error(e.getMessage());
            return ExitCode.NOT_UP_TO_DATE;
        }
        if (e instanceof SchemaDriftException) {
            console.error(e.getMessage());
            return ExitCode.DIFFERENCES;
        }
        if (e instanceof LockTimeoutException) {
            console.error(e.getMessage());
            return ExitCode.LOCK_TIMEOUT;
        }
        if (e instanceof UnknownDatabaseRevisionException) {
            console.error(e.getMessage());
            return ExitCode.UNKNOWN_REVISION;
        }
        if (e instanceof ConnectionException) {
            console.error(e.getMessage() + "; check the database settings (--url, OMNINODE_BRIDGE_DATABASE_URL,"
                    + " DATABASE_URL or POSTGRES_*) and that the server accepts connections");
            return ExitCode.CONFIGURATION;
        }
        if (e instanceof MigrationsException) {
            console.error(e.getMessage());
            return ExitCode.CONFIGURATION;
        }
        console.error("unexpected error: " + e);
        return INTERNAL_ERROR;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
