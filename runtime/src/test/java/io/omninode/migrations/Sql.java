package io.omninode.migrations;

import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for test set-up and assertions. */
final class Sql {

    private Sql() {}

    static void execute(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs an offline script statement by statement, as psql does. */
    static void runScript(TestDatabase database, String script) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\n\n")) {
                String withoutComments = sql.replaceAll("(?m)^--.*$", "").strip();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Each row's columns joined with "|". */
    static List<String> rows(TestDatabase database, String sql) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static List<String> versions(TestDatabase database) {
        return rows(database, "select version_num from alembic_version order by 1");
    }

    static List<String> tables(TestDatabase database) {
        return rows(database, "select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_name like 't\\_%' order by 1");
    }

    /** Gives the next test an empty public schema in the class's database. */
    static void resetSchema(TestDatabase database) {
        execute(database, "drop schema public cascade; create schema public");
    }
}
