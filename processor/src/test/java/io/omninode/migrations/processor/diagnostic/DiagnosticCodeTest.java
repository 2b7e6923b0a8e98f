package io.omninode.migrations.processor.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.GraphProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** The one catalogue of codes: graph codes keep the runtime's keys; every key is unique and documented. */
class DiagnosticCodeTest {

    @Test
    void everyGraphCodeIsReportedUnderTheRuntimesOwnKey() {
        for (GraphProblem.Code graphCode : GraphProblem.Code.values()) {
            DiagnosticCode code = DiagnosticCode.of(graphCode);
            assertThat(code.key()).isEqualTo(graphCode.key());
            assertThat(code.tag()).isEqualTo(graphCode.tag());
            assertThat(code.graphCode()).contains(graphCode);
        }
        assertThat(DiagnosticCode.FILE_NOT_WRITTEN.graphCode()).isEmpty();
    }

    @Test
    void keysAreUniqueAndEveryOneIsInTheCodeTablesOfTheGuide() throws IOException {
        assertThat(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::key)).doesNotHaveDuplicates();
        // the guide: the README and its pages under docs/ (such as docs/lint.md for the @AllowHazards codes)
        StringBuilder guide = new StringBuilder(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        try (Stream<Path> pages = Files.list(Path.of("..", "docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                guide.append(Files.readString(page, StandardCharsets.UTF_8));
            }
        }
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(guide).as("the guide documents " + code.key()).contains("`" + code.key() + "`");
        }
    }

    @Test
    void aDiagnosticPrintsItsTagAndPointsOnlyWhereItIsTold() {
        Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.NO_PRIMARY_KEY, "table node has no primary key");

        assertThat(diagnostic.message()).isEqualTo("[OmniNode/NoPrimaryKey] table node has no primary key");
        assertThat(diagnostic.kind()).isEqualTo(Kind.WARNING);
        assertThat(diagnostic.errorIf(false).kind()).isEqualTo(Kind.WARNING);
        assertThat(diagnostic.errorIf(true).kind()).isEqualTo(Kind.ERROR);
        assertThat(diagnostic.element()).isNull();
        assertThat(Diagnostic.of(DiagnosticCode.SNAPSHOT_WRITTEN, "written").kind()).isEqualTo(Kind.NOTE);
        assertThatThrownBy(() -> Diagnostic.of(DiagnosticCode.NOT_PUBLIC, null))
                .isInstanceOf(NullPointerException.class).hasMessage("detail");
    }
}
