package io.omninode.migrations.cli.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page shows: the tool's command lines, its relative links and the anchors of its headings. Code blocks
 * are told apart from prose as GitHub renders them: a script block ({@code bash}, {@code sh}, {@code shell},
 * {@code zsh}) is all command lines, another block (output, {@code console}) only its {@code $ } lines; in prose,
 * an inline code span that starts with the tool is a command line. Links and headings count only outside code.
 */
public final class MarkdownScan {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`]*).*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Set<String> SHELL_BLOCKS = Set.of("bash", "sh", "shell", "zsh");

    /**
     * A command line the page shows.
     *
     * @param page the page
     * @param line the line it starts on
     * @param text the line as written
     * @param args the arguments after the tool's name
     */
    public record Command(GuidePage page, int line, String text, List<String> args) {
        public Command {
            args = List.copyOf(args);
        }
    }

    /**
     * A link to a file or anchor of the repository.
     *
     * @param page the page holding it
     * @param line its line
     * @param target the target as written ({@code docs/running.md#exit-codes}, {@code #the-demo})
     */
    public record Link(GuidePage page, int line, String target) {}

    private final GuidePage page;
    private final List<Command> commands = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> anchors = new LinkedHashSet<>();
    private final Map<String, Integer> slugCounts = new HashMap<>();

    private MarkdownScan(GuidePage page) {
        this.page = page;
    }

    public static MarkdownScan of(GuidePage page) {
        MarkdownScan scan = new MarkdownScan(page);
        scan.walk();
        return scan;
    }

    public List<Command> commands() {
        return List.copyOf(commands);
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    /** The anchors GitHub gives this page: one per heading (repeats numbered -1, -2, ...) plus HTML anchors. */
    public Set<String> anchors() {
        return Set.copyOf(anchors);
    }

    private void walk() {
        List<String> lines = page.lines();
        String fence = null;
        boolean shellBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fenceLine = FENCE.matcher(line);
            if (fence == null && fenceLine.matches()) {
                fence = fenceLine.group(1);
                shellBlock = SHELL_BLOCKS.contains(fenceLine.group(2).toLowerCase(Locale.ROOT));
                continue;
            }
            if (fence != null) {
                char fenceChar = fence.charAt(0);
                if (line.trim().startsWith(fence) && line.trim().chars().allMatch(c -> c == fenceChar)) {
                    fence = null;
                    continue;
                }
                String shellLine = shellBlock ? line : line.startsWith("$ ") ? line.substring(2) : null;
                if (shellLine != null) {
                    int first = i;
                    while (shellLine.endsWith("\\") && i + 1 < lines.size()) {
                        shellLine = shellLine.substring(0, shellLine.length() - 1) + " " + lines.get(++i);
                    }
                    addCommands(first + 1, line, shellLine);
                }
                continue;
            }
            prose(i + 1, line);
        }
    }

    private void prose(int number, String line) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            anchors.add(slug(heading.group(1)));
        }
        Matcher html = HTML_ANCHOR.matcher(line);
        while (html.find()) {
            anchors.add(html.group(1));
        }
        Matcher span = CODE_SPAN.matcher(line);
        StringBuilder withoutCode = new StringBuilder();
        while (span.find()) {
            String code = span.group(2).trim();
            if (ShellWords.startsWithCall(code)) {
                addCommands(number, code, code.startsWith("$ ") ? code.substring(2) : code);
            }
            span.appendReplacement(withoutCode, "code");
        }
        span.appendTail(withoutCode);
        Matcher link = LINK.matcher(withoutCode);
        while (link.find()) {
            String target = link.group(1);
            if (!target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                links.add(new Link(page, number, target));
            }
        }
    }

    private void addCommands(int number, String text, String shellLine) {
        for (List<String> args : ShellWords.calls(shellLine)) {
            commands.add(new Command(page, number, text.trim(), args));
        }
    }

    /** GitHub's heading ids: lower case, punctuation but '-' and '_' dropped, spaces made hyphens, repeats numbered. */
    private String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        String base = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}\\p{Mn}\\p{Pc} -]", "")
                .replace(' ', '-');
        int seen = slugCounts.merge(base, 1, Integer::sum) - 1;
        return seen == 0 ? base : base + "-" + seen;
    }
}
