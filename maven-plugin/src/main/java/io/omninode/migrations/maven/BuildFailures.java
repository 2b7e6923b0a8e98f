package io.omninode.migrations.maven;

import io.omninode.migrations.ChecksumMismatchException;
import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.MigrationsException;
import io.omninode.migrations.config.PasswordMask;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What a failed command tells the build: the CLI's message for each of its exit conditions, with the
 * POM's settings named where the CLI names its flags, and every password masked. The cause is left off
 * (Maven would print its stack trace with {@code -e}, driver text included); the goal logs it, masked, at
 * debug level.
 */
final class BuildFailures {

    static final String DATABASE_SETTINGS = "check the database settings (-Domninode.url, OMNINODE_BRIDGE_DATABASE_URL,"
            + " DATABASE_URL, POSTGRES_*, or <url>, <user>, <password> and <serverId> in the plugin's configuration)"
            + " and that the server accepts connections";

    private BuildFailures() {}

    /** A command's expected failure (a migration, a lock, a wrong revision, bad settings): BUILD FAILURE. */
    static MojoFailureException of(MigrationsException e, PasswordMask mask) {
        return new MojoFailureException(mask.mask(message(e)));
    }

    /** Anything else is a bug of ours or of the project's code: said as such. */
    static MojoExecutionException unexpected(RuntimeException e, PasswordMask mask) {
        return new MojoExecutionException(mask.mask("unexpected error: " + e
                + "; run again with -X for the stack trace"));
    }

    private static String message(MigrationsException e) {
        if (e instanceof MigrationFailedException failed) {
            return failed.getMessage() + "\n" + failed.outcome() + "; fix the migration and run the command again";
        }
        if (e instanceof ChecksumMismatchException) {
            return e.getMessage() + " (<checksumMode>warn</checksumMode> in the plugin's configuration)";
        }
        if (e instanceof ConnectionException) {
            return e.getMessage() + "; " + DATABASE_SETTINGS;
        }
        return e.getMessage();
    }
}
