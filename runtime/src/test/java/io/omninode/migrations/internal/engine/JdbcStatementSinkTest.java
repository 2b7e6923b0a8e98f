package io.omninode.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

    /** The lock watch samples pg_locks only while this says a statement may be waiting. */
    @Test
    void knowsWhetherAStatementHasBeenRunningLongEnoughToBeWaiting(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            JdbcStatementSink sink = new JdbcStatementSink(connection);
            sink.execute("select 1", List.of());
            assertThat(sink.mayBeWaiting(Duration.ZERO)).as("nothing runs").isFalse();

            CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> sink.execute("select pg_sleep(1.5)", List.of()));
            Thread.sleep(700);
            assertThat(sink.mayBeWaiting(Duration.ofMillis(300))).as("running for 700 ms").isTrue();
            assertThat(sink.mayBeWaiting(Duration.ofSeconds(30))).as("not for 30 s").isFalse();
            sleeping.join();
            assertThat(sink.mayBeWaiting(Duration.ZERO)).as("finished").isFalse();

            sink.connection();
            assertThat(sink.mayBeWaiting(Duration.ofSeconds(30))).as("lent to a migration: anything may run").isTrue();
        }
    }
}
