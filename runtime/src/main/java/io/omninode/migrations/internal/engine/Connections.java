package io.omninode.migrations.internal.engine;

import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.MigratorSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens the one connection a command uses, turning a refusal into one sentence without the password. */
final class Connections {

    private final DataSource dataSource;
    private final DatabaseSettings database;

    Connections(MigratorSettings settings) {
        this.dataSource = settings.dataSource();
        this.database = settings.database();
    }

    Connection open() {
        try {
            Connection connection = dataSource != null ? dataSource.getConnection()
                    : DriverManager.getConnection(database.jdbcUrl(), database.connectionProperties());
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new ConnectionException(ConnectionFailure.describe(e, database), e);
        }
    }
}
