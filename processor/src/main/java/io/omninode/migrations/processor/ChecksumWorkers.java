package io.omninode.migrations.processor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that hash migration sources while javac's thread validates the migrations and checks their
 * graph: all cores but javac's, at most four (hashing 2,000 files takes a fraction of a second). Daemon
 * threads, shut down when the migrations of a round are processed, so a build tool that keeps javac in its
 * own process (Maven, Gradle's daemon) is left no thread behind.
 */
final class ChecksumWorkers {

    private static final int MAX_THREADS = 4;

    private ChecksumWorkers() {}

    static ExecutorService start() {
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors() - 1));
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "omninode-checksum-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
