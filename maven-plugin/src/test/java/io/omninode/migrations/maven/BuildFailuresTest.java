package io.omninode.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.AppliedStep;
import io.omninode.migrations.ConnectionException;
import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationFailedException;
import io.omninode.migrations.config.PasswordMask;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildFailuresTest {

    private static final PasswordMask MASK = PasswordMask.of(List.of("postgresql://app:s3cret-pw@db/x"), List.of());

    @Test
    void aFailedMigrationSaysWhatStayedAppliedAndWhatToDoAsTheCliDoes() {
        AppliedStep earlier = new AppliedStep("a1", "first", Direction.UPGRADE, List.of(), List.of("a1"),
                Duration.ofMillis(3));
        MigrationFailedException failed = new MigrationFailedException("b2", "second", Direction.UPGRADE,
                "alter table t add column c text", "42701", "column \"c\" already exists", null, List.of(earlier),
                new SQLException("column \"c\" already exists", "42701"));

        assertThat(BuildFailures.of(failed, MASK).getMessage()).isEqualTo("upgrade of revision b2 (second) failed"
                + " with SQLSTATE 42701: column \"c\" already exists\n  SQL: alter table t add column c text\n"
                + "1 earlier step(s) of this command stayed applied; fix the migration and run the command again");
    }

    @Test
    void aRefusedLoginNamesThePluginsSettingsAndNeverThePassword() {
        ConnectionException refused = new ConnectionException("cannot connect: login s3cret-pw refused",
                new SQLException("refused", "28P01"));

        assertThat(BuildFailures.of(refused, MASK).getMessage()).isEqualTo("cannot connect: login *** refused; "
                + BuildFailures.DATABASE_SETTINGS).doesNotContain("s3cret-pw");
        assertThat(BuildFailures.of(refused, MASK).getCause()).isNull();
    }

    @Test
    void anUnexpectedErrorIsSaidAsSuchMaskedWithWhereToFindTheStackTrace() {
        assertThat(BuildFailures.unexpected(new IllegalStateException("broken at s3cret-pw"), MASK).getMessage())
                .isEqualTo("unexpected error: java.lang.IllegalStateException: broken at ***; run again with -X for"
                        + " the stack trace");
    }
}
