package io.omninode.migrations.cli;

/** The process exit codes of {@code omninode-migrate}; scripts rely on them, so they never change. */
public final class ExitCode {

    public static final int OK = 0;
    /** {@code check} found differences; {@code diff --exit-code} too. */
    public static final int DIFFERENCES = 1;
    public static final int USAGE = 2;
    /** The database is not at head for {@code check} or {@code revision --autogenerate}: Alembic's exit code there. */
    public static final int NOT_UP_TO_DATE = 2;
    public static final int CONFIGURATION = 3;
    public static final int MIGRATION_FAILED = 4;
    public static final int LOCK_TIMEOUT = 5;
    public static final int UNKNOWN_REVISION = 6;

    private ExitCode() {}
}
