package io.omninode.migrations.cli.guide;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves the guide's relative links against the files of the repository and the anchors of its pages. */
public final class LinkTargets {

    private final Path root;
    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    /** @param root the repository root */
    public LinkTargets(Path root) {
        this.root = root;
    }

    /** What is wrong with a link, or nothing when its file (and anchor) exist. */
    public Optional<String> problem(MarkdownScan.Link link) {
        String target = link.target();
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? link.page().file() : link.page().file().getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
            String fromRoot = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            return Optional.of("links to " + target + ", but " + fromRoot + " does not exist");
        }
        if (anchor == null || anchor.isEmpty() || !file.toString().endsWith(".md")) {
            return Optional.empty();
        }
        Set<String> anchors = anchorsByFile.computeIfAbsent(file,
                f -> MarkdownScan.of(GuidePage.read(root, f.toAbsolutePath().normalize())).anchors());
        return anchors.contains(anchor) ? Optional.empty()
                : Optional.of("links to " + target + ", but no heading of " + (path.isEmpty() ? "this page" : path)
                        + " makes the anchor #" + anchor);
    }
}
