package io.omninode.migrations.cli;

/** A refusal of the CLI's own (bad input, an unusable configuration), with the exit code it ends with. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    static CliException configuration(String message) {
        return new CliException(ExitCode.CONFIGURATION, message);
    }

    int exitCode() {
        return exitCode;
    }
}
