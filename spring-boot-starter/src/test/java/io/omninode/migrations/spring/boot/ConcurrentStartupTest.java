package io.omninode.migrations.spring.boot;

import static io.omninode.migrations.spring.boot.ScratchDatabases.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationListener;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Two instances of one application starting at once on one database. */
@PostgresTest
class ConcurrentStartupTest {

    private static final String WAITING_FOR_ADVISORY_LOCK = "select count(*) from pg_locks where locktype = 'advisory'"
            + " and not granted and database = (select oid from pg_database where datname = current_database())";

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void twoInstancesStartingTogetherMigrateOnceTheSecondWaitingForTheLock(TestDatabase database) throws Exception {
        AtomicBoolean otherWaited = new AtomicBoolean();
        // the instance holding the lock pauses in its first step until the other one is seen waiting for it
        MigrationListener holdUntilTheOtherWaits = new MigrationListener() {
            @Override
            public void stepStarting(Direction direction, String revision, String description) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!otherWaited.get() && System.nanoTime() < deadline) {
                    otherWaited.set(!"0".equals(query(database, WAITING_FOR_ADVISORY_LOCK)));
                    pause();
                }
            }
        };
        ApplicationContextRunner instance = ApplicationContexts.on(database, OmniNodeMigrationsAutoConfiguration.class)
                .withBean(OmniNodeMigrationsCustomizer.class, () -> c -> c.listener(holdUntilTheOtherWaits));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Throwable>>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    AtomicReference<Throwable> failure = new AtomicReference<>();
                    instance.run(context -> failure.set(context.getStartupFailure()));
                    return Optional.ofNullable(failure.get());
                }));
            }
            for (Future<Optional<Throwable>> start : starts) {
                assertThat(start.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(otherWaited).isTrue();
        assertThat(query(database, "select string_agg(revision || ' ' || success, ', ' order by id)"
                + " from omninode_migration_log")).isEqualTo("1f0a2b3c4d5e true, 2e9d8c7b6a50 true");
        assertThat(query(database, "select version_num from alembic_version")).isEqualTo("2e9d8c7b6a50");
    }
}
