package io.omninode.migrations.maven;

import io.omninode.migrations.config.PasswordMask;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.apache.maven.plugin.logging.Log;

/**
 * The runtime's {@code System.Logger} lines (java.util.logging underneath) in the build's log while a goal
 * runs: warnings as warnings, debug lines under {@code -X}, masked. The runtime's INFO lines are left out:
 * the goal logs its own progress.
 */
final class RuntimeLog extends Handler {

    private final Logger runtime = Logger.getLogger("io.omninode.migrations");
    private final Log log;
    private final PasswordMask mask;
    private final Level previousLevel;
    private final boolean previousParents;

    private RuntimeLog(Log log, PasswordMask mask) {
        this.log = log;
        this.mask = mask;
        this.previousLevel = runtime.getLevel();
        this.previousParents = runtime.getUseParentHandlers();
        setFormatter(new SimpleFormatter());
    }

    /** Routes the runtime's log to {@code log} until {@link #close()}. */
    static RuntimeLog attach(Log log, PasswordMask mask) {
        RuntimeLog handler = new RuntimeLog(log, mask);
        Level level = log.isDebugEnabled() ? Level.FINE : Level.WARNING;
        handler.setLevel(level);
        handler.runtime.setLevel(level);
        handler.runtime.setUseParentHandlers(false);
        handler.runtime.addHandler(handler);
        return handler;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = mask.mask(getFormatter().formatMessage(record));
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            log.warn(message);
        } else if (record.getLevel().intValue() < Level.INFO.intValue()) {
            log.debug(message);
        }
    }

    @Override
    public void flush() {}

    /** Gives the runtime's logger back as it was. */
    @Override
    public void close() {
        runtime.removeHandler(this);
        runtime.setLevel(previousLevel);
        runtime.setUseParentHandlers(previousParents);
    }
}
