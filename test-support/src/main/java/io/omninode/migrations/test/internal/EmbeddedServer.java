package io.omninode.migrations.test.internal;

import io.omninode.migrations.config.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The embedded PostgreSQL 17 of one test JVM: started by the first verification that needs it, and
 * stopped (its data directory deleted) when the JVM exits, so test classes share one server.
 */
final class EmbeddedServer {

    private static EmbeddedServer shared;

    private final DatabaseSettings admin;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.admin = new DatabaseSettings("localhost", postgres.getPort(), "postgres", "postgres", null, Map.of());
    }

    /** @throws IllegalStateException when the server cannot start, saying how to use a server of one's own */
    static synchronized EmbeddedServer shared() {
        if (shared == null) {
            EmbeddedPostgres postgres;
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("could not start the embedded PostgreSQL 17 for the migration verifier ("
                        + e.getMessage() + "); verify on a server of your own instead: set "
                        + DatabaseServer.URL_VARIABLE + "=jdbc:postgresql://localhost:5432/postgres?user=postgres&password=..."
                        + " (a user allowed to create databases)", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "omninode-verifier-postgres-stop"));
            shared = new EmbeddedServer(postgres);
        }
        return shared;
    }

    DatabaseSettings admin() {
        return admin;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
