package io.omninode.migrations.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database created for one test class, dropped after it.
 *
 * @param name the database name
 * @param jdbcUrl a JDBC URL for it, credentials included as parameters (never print it)
 * @param embedded whether the server is the embedded PostgreSQL 17 rather than {@code OMNINODE_TEST_DATABASE_URL}
 */
public record TestDatabase(String name, String jdbcUrl, boolean embedded) {

    public TestDatabase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + "]";
    }
}
