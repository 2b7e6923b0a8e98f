package io.omninode.migrations.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The options every command accepts, as given on the command line.
 *
 * @param config {@code --config}, or {@code null}
 * @param classpath {@code --classpath} entries
 * @param url {@code --url}, or {@code null}
 * @param user {@code --user}, or {@code null}
 * @param versionTable {@code --version-table}, or {@code null}
 * @param versionTableSchema {@code --version-table-schema}, or {@code null}
 * @param lockTimeout {@code --lock-timeout} as written ({@code 3s}, {@code off}), or {@code null}
 * @param lockRetries {@code --lock-retries}, or {@code null}
 * @param debug {@code --debug}
 */
record GlobalOptions(Path config, List<Path> classpath, String url, String user, String versionTable,
        String versionTableSchema, String lockTimeout, Integer lockRetries, boolean debug) {

    GlobalOptions {
        classpath = List.copyOf(classpath);
    }
}
