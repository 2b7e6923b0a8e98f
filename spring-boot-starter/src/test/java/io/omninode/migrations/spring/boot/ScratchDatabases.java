package io.omninode.migrations.spring.boot;

import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Empty databases beside the test class's own, on the same server, for tests that each start from nothing
 * (one database per test class is what the shared extension gives). {@link #close()} drops them.
 */
final class ScratchDatabases implements AutoCloseable {

    private final TestDatabase home;
    private final List<String> created = new ArrayList<>();

    ScratchDatabases(TestDatabase home) {
        this.home = home;
    }

    TestDatabase create() {
        String name = home.name() + "_" + (created.size() + 1);
        execute(home, "create database \"" + name + "\"");
        created.add(name);
        return new TestDatabase(name, home.jdbcUrl().replaceFirst("/" + home.name() + "(?=\\?|$)", "/" + name),
                home.embedded());
    }

    @Override
    public void close() {
        created.forEach(name -> execute(home, "drop database if exists \"" + name + "\" with (force)"));
        created.clear();
    }

    /** The first column of the first row, or {@code null} when there is none. */
    static String query(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    static void execute(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
