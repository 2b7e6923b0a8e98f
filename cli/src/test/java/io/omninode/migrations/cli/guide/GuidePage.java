package io.omninode.migrations.cli.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Markdown page of the guide.
 *
 * @param name the page's path relative to the repository root, with '/' separators (how failures name it)
 * @param file the page on disk, for resolving its relative links
 * @param lines its lines, the first being line 1
 */
public record GuidePage(String name, Path file, List<String> lines) {

    public GuidePage {
        lines = List.copyOf(lines);
    }

    /** Reads a page below {@code root}. */
    public static GuidePage read(Path root, Path file) {
        try {
            return new GuidePage(root.relativize(file).toString().replace('\\', '/'), file,
                    Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The page's name: what a failure message shows (its lines would drown it). */
    @Override
    public String toString() {
        return name;
    }

    /** A page made from text, for tests of the scanner itself. */
    public static GuidePage of(Path file, String text) {
        return new GuidePage(file.getFileName().toString(), file, text.lines().toList());
    }
}
