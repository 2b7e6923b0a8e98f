package io.omninode.migrations.internal.introspect;

import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** An empty database next to a test class's own, dropped on close: the round trips need two per case. */
record ScratchDatabase(TestDatabase server, String name) implements AutoCloseable {

    static ScratchDatabase create(TestDatabase server) throws SQLException {
        String name = server.name() + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute(server, "create database \"" + name + "\"");
        return new ScratchDatabase(server, name);
    }

    Connection connect() throws SQLException {
        String url = server.jdbcUrl().replaceFirst("/" + server.name() + "(?=\\?|$)", "/" + name);
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        execute(server, "drop database if exists \"" + name + "\" with (force)");
    }

    private static void execute(TestDatabase server, String sql) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
