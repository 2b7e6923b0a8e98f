package io.omninode.migrations.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.PasswordMask;
import io.omninode.migrations.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void sqlalchemyUrlWithDriverSuffixIsAccepted() {
        DatabaseSettings db = DatabaseUrl.parse("postgresql+asyncpg://node:s3cret@db.internal:5436/omninode_bridge");
        assertThat(db).isEqualTo(new DatabaseSettings("db.internal", 5436, "omninode_bridge", "node", "s3cret", Map.of()));
        assertThat(DatabaseUrl.parse("postgresql+psycopg2://node:s3cret@db.internal:5436/omninode_bridge")).isEqualTo(db);
    }

    @Test
    void postgresSchemeAndQueryParametersAreKept() {
        DatabaseSettings db = DatabaseUrl.parse("postgres://node@db/bridge?sslmode=require&application_name=mig");
        assertThat(db.port()).isEqualTo(5432);
        assertThat(db.password()).isNull();
        assertThat(db.parameters()).containsEntry("sslmode", "require").containsEntry("application_name", "mig");
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/bridge?application_name=mig&sslmode=require");
    }

    @Test
    void percentEncodedPartsAreDecoded() {
        DatabaseSettings db = DatabaseUrl.parse("postgresql://us%40er:p%40ss%3Aw%2Fd+x@host:5436/my%20db");
        assertThat(db.user()).isEqualTo("us@er");
        assertThat(db.password()).isEqualTo("p@ss:w/d+x");
        assertThat(db.database()).isEqualTo("my db");
    }

    @Test
    void jdbcUrlTakesUserAndPasswordFromItsParameters() {
        DatabaseSettings db = DatabaseUrl.parse("jdbc:postgresql://h:5433/d?user=u&password=pw&ssl=true");
        assertThat(db.user()).isEqualTo("u");
        assertThat(db.password()).isEqualTo("pw");
        assertThat(db.parameters()).containsOnlyKeys("ssl");
        assertThat(db.jdbcUrl()).doesNotContain("pw");
    }

    @Test
    void malformedUrlIsOneSentenceWithoutThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://node:s3cret@db:54x2/bridge"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("malformed database URL postgresql://node:***@db:54x2/bridge: port \"54x2\" is not a number");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://node:s3cret@db/bridge"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("malformed database URL mysql://node:***@db/bridge: expected postgresql://")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void maskedHidesPasswordsInParametersAndInUserInfo() {
        assertThat(PasswordMask.maskedUrl("jdbc:postgresql://h:5/db?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5/db?user=u&password=***&ssl=true");
        assertThat(PasswordMask.maskedUrl("postgresql://u:s3cret@h:5/db")).isEqualTo("postgresql://u:***@h:5/db");
        assertThat(PasswordMask.maskedUrl("jdbc:postgresql://h:5/db?user=u")).isEqualTo("jdbc:postgresql://h:5/db?user=u");
    }

    @Test
    void toStringMasksThePassword() {
        DatabaseSettings db = DatabaseUrl.parse("postgresql://node:s3cret@db:5436/bridge");
        assertThat(db.toString()).doesNotContain("s3cret").contains("password ***").contains("db:5436");
    }
}
