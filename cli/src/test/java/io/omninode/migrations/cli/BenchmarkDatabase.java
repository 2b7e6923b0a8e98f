package io.omninode.migrations.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * For benchmarks/cli-startup.sh: starts an embedded PostgreSQL 17, prints its JDBC URL, and stops
 * it when standard input closes. Not used by the tests.
 */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {}

    public static void main(String[] args) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            System.out.println(postgres.getJdbcUrl("postgres", "postgres"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the script to close our standard input
            }
        }
    }
}
