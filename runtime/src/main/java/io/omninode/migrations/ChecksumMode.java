package io.omninode.migrations;

/**
 * What a command does when an applied revision's source changed after it ran.
 *
 * <pre>{@code
 * Migrator.configure().checksumMode(ChecksumMode.FAIL)
 * }</pre>
 */
public enum ChecksumMode {
    /** Log a warning and go on. */
    WARN,
    /** Refuse to run with a {@link ChecksumMismatchException}. */
    FAIL
}
