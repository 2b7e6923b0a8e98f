package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.cli.guide.Guide;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exit-code table of docs/reference.md lists every exit code the tool returns, and no others (the
 * processor's {@code DiagnosticCodeTest} checks the diagnostic codes there).
 */
class ExitCodeReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\|", Pattern.MULTILINE);
    /** Not a constant of {@link ExitCode}: picocli's exit code for an exception no handler expected. */
    private static final int INTERNAL_ERROR = 70;

    @Test
    void theReferenceListsEveryExitCodeOfTheTool() throws IOException {
        String reference = Files.readString(Guide.root().resolve("docs/reference.md"));
        int start = reference.indexOf("## Exit codes");
        int end = reference.indexOf("## Exceptions");
        assertThat(start).as("docs/reference.md has \"## Exit codes\" before \"## Exceptions\"").isNotNegative()
                .isLessThan(end);

        List<Integer> documented = ROW.matcher(reference.substring(start, end)).results()
                .map(row -> Integer.valueOf(row.group(1))).toList();

        assertThat(documented).as("rows of the exit-code table of docs/reference.md")
                .containsExactlyInAnyOrderElementsOf(exitCodes());
    }

    private static Set<Integer> exitCodes() {
        return Stream.concat(Arrays.stream(ExitCode.class.getFields())
                        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == int.class)
                        .map(ExitCodeReferenceTest::value), Stream.of(INTERNAL_ERROR))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int value(Field field) {
        try {
            return field.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
