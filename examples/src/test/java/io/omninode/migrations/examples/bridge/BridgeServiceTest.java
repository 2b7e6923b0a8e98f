package io.omninode.migrations.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.SchemaDriftException;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BridgeServiceTest {

    @Test
    @Order(1)
    void startMigratesAnEmptyDatabaseToHeadThenServes(TestDatabase database) throws SQLException {
        BridgeService service = BridgeService.start(database.dataSource());

        assertThat(service.migration().steps()).hasSize(13);
        assertThat(service.migration().headsAfter()).containsExactly("cf869f127dac");
        UUID node = service.registerNode("effect", "https://a.eu.bridge:8053", "eu-west");
        BridgeService.IssuedKey key = service.issueApiKey(node);
        assertThat(service.authenticate(key.secret())).contains(node);
        assertThat(service.authenticate(key.prefix() + ".wrong")).isEmpty();
        // what the table holds: the prefix and the secret's SHA-256, not the secret
        assertThat(single(database, "select key_prefix || ' ' || (secret_hash = sha256(convert_to('" + key.secret()
                + "', 'UTF8'))) from api_keys")).isEqualTo(key.prefix() + " true");
        service.revoke(key.keyId());
        assertThat(service.authenticate(key.secret())).isEmpty();
    }

    @Test
    @Order(2)
    void aSecondStartFindsTheDatabaseAtHeadAndRunsNothing(TestDatabase database) {
        assertThat(BridgeService.start(database.dataSource()).migration().isNoOp()).isTrue();
    }

    @Test
    @Order(3)
    void startRefusesToServeADatabaseChangedOutsideMigrations(TestDatabase database) throws SQLException {
        execute(database, "alter table api_keys drop constraint ck_api_keys_secret_hash_sha256");
        try {
            assertThatThrownBy(() -> BridgeService.start(database.dataSource()))
                    .isInstanceOf(SchemaDriftException.class)
                    .hasMessageContaining("ck_api_keys_secret_hash_sha256");
        } finally {
            execute(database, "alter table api_keys add constraint ck_api_keys_secret_hash_sha256"
                    + " check (octet_length(secret_hash) = 32)");
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
