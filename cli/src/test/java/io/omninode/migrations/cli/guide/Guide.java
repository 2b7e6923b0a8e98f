package io.omninode.migrations.cli.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The user guide: README.md and every Markdown page under docs/, whoever wrote it, in a stable order. */
public final class Guide {

    private Guide() {}

    /** The repository root, found upwards from the working directory (Maven runs a module's tests in its folder). */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md next to a cli/ folder above " + start
                + "; run the tests from the repository or one of its modules");
    }

    public static List<GuidePage> pages(Path root) {
        List<GuidePage> pages = new ArrayList<>();
        pages.add(GuidePage.read(root, root.resolve("README.md")));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.walk(docs)) {
                files.filter(file -> file.toString().endsWith(".md")).sorted()
                        .forEach(file -> pages.add(GuidePage.read(root, file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + docs, e);
            }
        }
        return List.copyOf(pages);
    }
}
