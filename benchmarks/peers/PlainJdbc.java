import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor: the same N one-table statements through plain JDBC, each in its own transaction with the version
 * row update (or all in one, with "one"), as little as a tool can send. java PlainJdbc JDBC_URL USER N [one]
 */
public class PlainJdbc {

    public static void main(String[] args) throws SQLException {
        int count = Integer.parseInt(args[2]);
        boolean oneTransaction = args.length > 3 && args[3].equals("one");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists floor_version (version_num varchar(32) primary key)");
                statement.execute("insert into floor_version values ('base')");
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement version = connection.prepareStatement("update floor_version set version_num = ?")) {
                for (int i = 0; i < count; i++) {
                    statement.execute("create table t%05d (id bigint primary key, name text not null)".formatted(i));
                    version.setString(1, "%012x".formatted(0xa10000000000L + i * 7919L));
                    version.executeUpdate();
                    if (!oneTransaction) {
                        connection.commit();
                    }
                }
            }
            connection.commit();
        }
    }
}
