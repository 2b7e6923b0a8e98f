package io.omninode.migrations.internal.engine;

import io.omninode.migrations.Operations;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that run operations on PostgreSQL: one autocommit connection per test class
 * (so {@code CONCURRENTLY} is allowed), operations over it, and a catalog reader.
 */
@PostgresTest
abstract class OnPostgres {

    static Connection connection;
    static Operations op;
    static Catalog catalog;

    @BeforeAll
    static void connect(TestDatabase database) throws SQLException {
        connection = database.connect();
        op = new SqlOperations(new JdbcStatementSink(connection));
        catalog = new Catalog(connection);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    /** Operations on a second connection with autocommit off, as inside a transactional migration. */
    static Operations inTransaction(Connection transactional) throws SQLException {
        transactional.setAutoCommit(false);
        return new SqlOperations(new JdbcStatementSink(transactional));
    }
}
