package io.omninode.migrations.cli;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Routes the runtime's {@code System.Logger} output (java.util.logging underneath) to the console:
 * warnings always, debug lines with {@code --debug}. The runtime's INFO lines are left out because
 * the CLI prints its own progress.
 */
final class LogBridge {

    /** Held strongly: java.util.logging keeps loggers only weakly, and would forget the handler. */
    private static final Logger RUNTIME = Logger.getLogger("io.omninode.migrations");
    private static Handler installed;

    private LogBridge() {}

    /** Sends the runtime's log to this console from now on, replacing the previous one. */
    static synchronized void attach(Console console, boolean debug) {
        if (installed != null) {
            RUNTIME.removeHandler(installed);
        }
        Level level = debug ? Level.FINE : Level.WARNING;
        installed = new ConsoleHandler(console, debug);
        installed.setLevel(level);
        RUNTIME.setLevel(level);
        RUNTIME.setUseParentHandlers(false);
        RUNTIME.addHandler(installed);
    }

    private static final class ConsoleHandler extends Handler {

        private final Console console;
        private final boolean debug;
        private final Formatter formatter = new SimpleFormatter();

        ConsoleHandler(Console console, boolean debug) {
            this.console = console;
            this.debug = debug;
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String message = formatter.formatMessage(record);
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                console.warn(message);
            } else if (debug && record.getLevel().intValue() < Level.INFO.intValue()) {
                console.debug(message);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
