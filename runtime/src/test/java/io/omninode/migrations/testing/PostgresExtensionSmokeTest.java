package io.omninode.migrations.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

@PostgresTest
class PostgresExtensionSmokeTest {

    @Test
    void embeddedServerIsPostgres17(TestDatabase database) throws SQLException {
        assumeTrue(database.embedded(), "runs against the embedded server only");
        assertThat(query(database, "select version()")).startsWith("PostgreSQL 17.");
    }

    @Test
    void eachTestClassGetsItsOwnFreshDatabase(TestDatabase database) throws SQLException {
        assertThat(query(database, "select current_database()")).isEqualTo(database.name());
        assertThat(query(database,
                "select count(*) from information_schema.tables where table_schema = 'public'")).isEqualTo("0");
    }

    @Test
    void toStringNeverShowsTheUrl(TestDatabase database) {
        assertThat(database.toString()).doesNotContain("jdbc:").contains(database.name());
    }

    @Test
    void malformedTestUrlSaysWhatToSetWithoutThePassword() {
        assertThatThrownBy(() -> PostgresServer.start("postgresql://u:s3cret@h/db"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("OMNINODE_TEST_DATABASE_URL must look like jdbc:postgresql://host:port/database")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void unreachableTestServerIsAClearErrorWithoutThePassword() {
        PostgresServer server = PostgresServer.start("jdbc:postgresql://127.0.0.1:1/postgres?user=u&password=s3cret");

        assertThatThrownBy(() -> server.createDatabase("Anything"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("PostgreSQL test server at jdbc:postgresql://127.0.0.1:1/postgres?user=u&password=***")
                .hasMessageContaining("SQLSTATE 08001")
                .hasMessageNotContaining("s3cret");
    }

    private static String query(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
