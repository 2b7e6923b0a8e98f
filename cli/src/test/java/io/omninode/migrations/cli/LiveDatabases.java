package io.omninode.migrations.cli;

import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The database chores of the live-schema command tests: run SQL, start from an empty schema, add a second database. */
final class LiveDatabases {

    private LiveDatabases() {}

    static void execute(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void resetSchema(TestDatabase database) {
        execute(database, "drop schema public cascade; create schema public");
    }

    /** A new empty database on the same server, for a diff between two databases. */
    static TestDatabase another(TestDatabase database) {
        String name = database.name() + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute(database, "create database \"" + name + "\"");
        return new TestDatabase(name, database.jdbcUrl().replaceFirst("/" + database.name() + "(?=\\?|$)", "/" + name),
                database.embedded());
    }
}
