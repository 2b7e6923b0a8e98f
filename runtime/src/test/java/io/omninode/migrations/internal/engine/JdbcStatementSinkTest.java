package io.omninode.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class JdbcStatementSinkTest {

    @Test
    void statementWithoutParametersKeepsALiteralQuestionMark(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            JdbcStatementSink sink = new JdbcStatementSink(connection);
            sink.execute("create table doc (body jsonb)", List.of());
            sink.execute("insert into doc values ('{\"k\": 1}'), ('{\"x\": 2}')", List.of());

            sink.execute("delete from doc where body ? 'k'", List.of());

            try (ResultSet rows = connection.createStatement().executeQuery("select body::text from doc")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("{\"x\": 2}");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void parametersAreBoundNotInlined(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            JdbcStatementSink sink = new JdbcStatementSink(connection);
            sink.execute("create table note (text text)", List.of());

            sink.execute("insert into note values (?)", List.of("'); drop table note; --"));

            try (ResultSet rows = connection.createStatement().executeQuery("select text from note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("'); drop table note; --");
            }
        }
    }

    @Test
    void failureKeepsTheStatementAndSqlState(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            JdbcStatementSink sink = new JdbcStatementSink(connection);

            assertThatThrownBy(() -> sink.execute("select * from missing_table", List.of()))
                    .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("42P01");
                        assertThat(e.sql()).isEqualTo("select * from missing_table");
                        assertThat(e.getMessage()).contains("SQLSTATE 42P01").contains("missing_table");
                    });
        }
    }
}
