package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandsTest {

    @Test
    void eachCommandIsListedUnderTheNameOfItsAnnotation() {
        Commands.ALL.forEach((name, command) ->
                assertThat(command.get().getClass().getAnnotation(Command.class).name()).isEqualTo(name));
    }

    @Test
    void everyCommandClassOfThePackageIsListed() throws IOException, URISyntaxException {
        Path folder = Path.of(Commands.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Commands.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("Command.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length())).map(CommandsTest::load)
                    .filter(c -> c.isAnnotationPresent(Command.class) && DatabaseCommand.class.isAssignableFrom(c))
                    .map(c -> c.getAnnotation(Command.class).name()))
                    .as("@Command classes missing from Commands.ALL").isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(Commands.ALL.keySet());
        }
    }

    @Test
    void aCommandLineNamingACommandRegistersOnlyThoseItNames() {
        assertThat(subcommands("diff", "postgresql://a/x", "postgresql://b/x")).containsOnlyKeys("diff");
        // an option's value that is a command's name too: both, and picocli picks the command
        assertThat(subcommands("--config", "current", "history")).containsOnlyKeys("current", "history");
    }

    @Test
    void helpVersionAndACommandLineWithoutACommandGetThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"diff", "-h"}, {"--version"}, {"upgrayed", "head"}}) {
            assertThat(subcommands(args).keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(Commands.ALL.keySet());
        }
    }

    @Test
    void rootHelpStillListsEveryCommandInOrder() {
        StringWriter out = new StringWriter();
        Main.execute(new CliContext(Map.of(), Path.of(""), getClass().getClassLoader(), CliRun.CLOCK),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");
        String commands = out.toString().substring(out.toString().indexOf("Commands:"));
        int at = 0;
        for (String name : Commands.ALL.keySet()) {
            int next = commands.indexOf("  " + name + " ", at);
            assertThat(next).as(name + " in the help, after the one before it").isGreaterThan(at);
            at = next;
        }
    }

    private static Map<String, CommandLine> subcommands(String... args) {
        return Main.commandLine(new CliContext(Map.of(), Path.of(""), CommandsTest.class.getClassLoader(),
                CliRun.CLOCK), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args)
                .getSubcommands();
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(Commands.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
