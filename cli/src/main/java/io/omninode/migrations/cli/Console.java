package io.omninode.migrations.cli;

import io.omninode.migrations.config.PasswordMask;
import java.io.PrintWriter;
import java.util.List;

/**
 * The CLI's two streams: results on standard output, Alembic-style log lines
 * ({@code INFO  [omninode] ...}) on standard error, so that {@code --sql} and {@code --json}
 * output can be piped. Everything written goes through the password mask.
 */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private PasswordMask mask = PasswordMask.of(List.of(), List.of());

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void useMask(PasswordMask newMask) {
        this.mask = newMask;
    }

    /** A result line on standard output. */
    void println(String line) {
        out.println(mask.mask(line));
        out.flush();
    }

    /** Raw text on standard output (SQL scripts, JSON). */
    void print(String text) {
        out.print(mask.mask(text));
        out.flush();
    }

    void info(String message) {
        log("INFO ", message);
    }

    void warn(String message) {
        log("WARN ", message);
    }

    void debug(String message) {
        log("DEBUG", message);
    }

    void error(String message) {
        log("ERROR", message);
    }

    /** Text on standard error as it is (a stack trace with --debug), masked. */
    void detail(String text) {
        err.print(mask.mask(text));
        err.flush();
    }

    private void log(String level, String message) {
        err.println(level + " [omninode] " + mask.mask(message));
        err.flush();
    }
}
