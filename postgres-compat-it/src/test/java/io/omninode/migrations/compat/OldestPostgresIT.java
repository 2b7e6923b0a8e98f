package io.omninode.migrations.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Guards the point of this module: the runtime's tests that run beside it talk to the PostgreSQL of the
 * binaries this module names (13; another with -Dpostgres-oldest-binaries.version=16.10.0), not to the 17
 * that the binaries BOM would bring back if the override were lost.
 */
@PostgresTest
class OldestPostgresIT {

    @Test
    void theEmbeddedServerIsTheVersionOfTheBinaries(TestDatabase database) throws SQLException {
        String binaries = System.getProperty("postgres.binaries.version");
        assertThat(binaries).as("postgres.binaries.version, set by the pom").isNotBlank();
        int major = Integer.parseInt(binaries.substring(0, binaries.indexOf('.')));
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_setting('server_version_num')::int")) {
            rows.next();
            assertThat(rows.getInt(1) / 10000).as("the server's major version").isEqualTo(major);
        }
    }
}
