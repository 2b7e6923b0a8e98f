package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.config.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where {@code lint} measures: an embedded PostgreSQL started for the run in a temporary folder and deleted
 * after it, or the empty database of {@code --scratch-url}.
 */
final class ScratchDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final DataSource dataSource;
    private final String description;

    private ScratchDatabase(EmbeddedPostgres embedded, DataSource dataSource, String description) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.description = description;
    }

    /** The database of {@code url} (a JDBC or {@code postgresql://} URL), or an embedded server when null. */
    static ScratchDatabase open(String url) {
        if (url != null) {
            DatabaseSettings settings = Migrator.configure().url(url).settings().database();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(settings.jdbcUrl());
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            return new ScratchDatabase(null, dataSource, "the scratch database " + settings.describe());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new ScratchDatabase(embedded, embedded.getPostgresDatabase(), "an embedded PostgreSQL scratch database");
        } catch (IOException | RuntimeException e) {
            throw CliException.configuration("could not start the embedded PostgreSQL that lint measures on ("
                    + e.getMessage() + "); give an empty database with --scratch-url, or lint with --rules-only");
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** For the summary line: "an embedded PostgreSQL scratch database", or the host and database. */
    String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw CliException.configuration("could not stop the embedded PostgreSQL: " + e.getMessage());
            }
        }
    }
}
