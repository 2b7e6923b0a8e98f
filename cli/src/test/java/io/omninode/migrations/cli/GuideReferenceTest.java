package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.cli.guide.Guide;
import io.omninode.migrations.processor.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/reference.md lists every code the processor prints and every exit code the tool returns, and no others. */
class GuideReferenceTest {

    private static final Pattern TABLE_CODE = Pattern.compile("^\\| ((?:`[A-Za-z]+`(?:, )?)+) \\|", Pattern.MULTILINE);
    private static final Pattern EXIT_ROW = Pattern.compile("^\\| (\\d+) \\|", Pattern.MULTILINE);
    /** Not a constant of {@link ExitCode}: picocli's exit code for an exception no handler expected. */
    private static final int INTERNAL_ERROR = 70;

    @Test
    void theReferenceListsEveryDiagnosticCodeOfTheProcessor() throws IOException {
        String reference = Files.readString(Guide.root().resolve("docs/reference.md"));
        Matcher rows = TABLE_CODE.matcher(section(reference, "## Diagnostics", "## Exit codes"));
        List<String> documented = rows.results().flatMap(row -> Arrays.stream(row.group(1).split(", ")))
                .map(code -> code.replace("`", "")).toList();

        assertThat(documented).as("codes in the tables of docs/reference.md")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::key)
                        .toList());
    }

    @Test
    void theReferenceListsEveryExitCodeOfTheTool() throws IOException {
        String reference = Files.readString(Guide.root().resolve("docs/reference.md"));
        List<Integer> documented = EXIT_ROW.matcher(section(reference, "## Exit codes", "## Exceptions")).results().map(row -> Integer.valueOf(row.group(1)))
                .toList();

        assertThat(documented).as("rows of the exit-code table of docs/reference.md")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Arrays.stream(ExitCode.class.getFields())
                        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == int.class)
                        .map(GuideReferenceTest::value), Stream.of(INTERNAL_ERROR))
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static String section(String page, String heading, String nextHeading) {
        int start = page.indexOf(heading);
        int end = page.indexOf(nextHeading);
        assertThat(start).as("docs/reference.md has \"%s\" before \"%s\"", heading, nextHeading)
                .isNotNegative().isLessThan(end);
        return page.substring(start, end);
    }

    private static int value(Field field) {
        try {
            return field.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
