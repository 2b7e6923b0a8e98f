package io.omninode.migrations.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code omninode-migrate}: the entry point of the runnable jar and the launcher script. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(CliContext.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                args));
    }

    /** Runs one command line in this process and returns its exit code (the tests' way in). */
    public static int execute(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(context, out, err, args).execute(args);
    }

    static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        OmniNodeMigrate root = new OmniNodeMigrate(context, new Console(out, err));
        CommandLine commandLine = new CommandLine(root);
        root.commandLine = commandLine;
        Commands.register(commandLine, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorReporter errors = new ErrorReporter(root);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }
}
