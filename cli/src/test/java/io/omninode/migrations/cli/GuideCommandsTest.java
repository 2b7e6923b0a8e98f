package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.cli.guide.Guide;
import io.omninode.migrations.cli.guide.GuidePage;
import io.omninode.migrations.cli.guide.LinkTargets;
import io.omninode.migrations.cli.guide.MarkdownScan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;

/**
 * The guide cannot rot: every {@code omninode-migrate} command line in README.md and docs/ parses with the real
 * command spec (its command and options exist), and every relative link reaches a file and anchor that exist.
 */
class GuideCommandsTest {

    /** Pages written on branches merged with this one: linked before they exist; checked once they do. */
    @TempDir
    Path folder;

    @Test
    void everyCommandLineOfTheGuideNamesACommandAndOptionsThatExist() {
        List<GuidePage> pages = Guide.pages(Guide.root());
        List<MarkdownScan.Command> commands = pages.stream().flatMap(page -> MarkdownScan.of(page).commands().stream())
                .toList();

        assertThat(commands).as("command lines found in %s", pages.stream().map(GuidePage::name).toList())
                .hasSizeGreaterThan(20);
        assertThat(commandProblems(commands)).as("command lines of the guide that omninode-migrate refuses").isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheGuideReachesAFileAndAnchorThatExist() {
        Path root = Guide.root();
        List<GuidePage> pages = Guide.pages(root);
        List<MarkdownScan.Link> links = pages.stream().flatMap(page -> MarkdownScan.of(page).links().stream()).toList();

        assertThat(links).hasSizeGreaterThan(10);
        assertThat(linkProblems(root, links)).as("links of the guide that lead nowhere").isEmpty();
    }

    @Test
    void aMisspelledOptionOrUnknownCommandIsReportedWithPageLineAndCommand() throws IOException {
        Path page = Files.writeString(folder.resolve("running.md"), String.join("\n",
                "# Running", "", "Run `omninode-migrate upgrade head` or `omninode-migrate merge` (a fragment).",
                "Go back: `omninode-migrate downgrade <revision before the deploy>`.", "",
                "```bash", "bin/omninode-migrate --classpath target/classes upgrade --sq head | tee log", "```", "",
                "```", "$ OMNINODE_BRIDGE_DATABASE_URL=x omninode-migrate chekc", "ERROR omninode-migrate check",
                "```", "", "`omninode-migrate snapshot --out src/main/schema/$(omninode-migrate current).json`"));

        List<MarkdownScan.Command> commands = MarkdownScan.of(GuidePage.of(page, Files.readString(page))).commands();

        assertThat(commands).extracting(MarkdownScan.Command::line).containsExactly(3, 3, 4, 7, 11, 15, 15);
        assertThat(commandProblems(commands)).containsExactly(
                "running.md:7: bin/omninode-migrate --classpath target/classes upgrade --sq head | tee log"
                        + " -> Unknown option: '--sq'",
                "running.md:11: $ OMNINODE_BRIDGE_DATABASE_URL=x omninode-migrate chekc -> Unmatched argument at index 0:"
                        + " 'chekc'");
    }

    @Test
    void aLinkToAMissingFileOrAnchorIsReportedWithPageAndLine() throws IOException {
        Files.createDirectories(folder.resolve("docs"));
        Files.writeString(folder.resolve("docs/running.md"), "# Running\n\n## Exit codes\n\n## Exit codes\n");
        Path readme = Files.writeString(folder.resolve("README.md"), String.join("\n", "# Tool", "",
                "[ok](docs/running.md#exit-codes-1), [page](docs/running.md), [here](#tool), [web](https://x.org/y.md)",
                "[gone](docs/gone.md) and [bad anchor](docs/running.md#exit-code), `[code](not/a/link.md)`",
                "```", "[in a block](nowhere.md)", "```"));

        List<MarkdownScan.Link> links = MarkdownScan.of(GuidePage.read(folder, readme)).links();

        assertThat(linkProblems(folder, links)).containsExactly(
                "README.md:4: links to docs/gone.md, but docs/gone.md does not exist",
                "README.md:4: links to docs/running.md#exit-code, but no heading of docs/running.md makes the anchor"
                        + " #exit-code");
    }

    private static List<String> commandProblems(List<MarkdownScan.Command> commands) {
        StringWriter output = new StringWriter();
        // one spec for every line: picocli resets the options to their defaults before each parse
        CommandLine commandLine = Main.commandLine(new CliContext(Map.of(), Path.of(""),
                GuideCommandsTest.class.getClassLoader(), CliRun.CLOCK), new PrintWriter(output), new PrintWriter(output));
        List<String> problems = new ArrayList<>();
        for (MarkdownScan.Command command : commands) {
            refusal(commandLine, command.args()).ifPresent(message -> problems.add(
                    command.page().name() + ":" + command.line() + ": " + command.text() + " -> " + message));
        }
        return problems;
    }

    /** Parses as the tool does, without running: a missing value is fine (the guide shows fragments). */
    private static Optional<String> refusal(CommandLine commandLine, List<String> args) {
        try {
            commandLine.parseArgs(args.toArray(String[]::new));
            return Optional.empty();
        } catch (MissingParameterException e) {
            return Optional.empty();
        } catch (ParameterException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static List<String> linkProblems(Path root, List<MarkdownScan.Link> links) {
        LinkTargets targets = new LinkTargets(root);
        List<String> problems = new ArrayList<>();
        for (MarkdownScan.Link link : links) {
            targets.problem(link).ifPresent(problem -> problems.add(link.page().name() + ":" + link.line() + ": "
                    + problem));
        }
        return problems;
    }
}
