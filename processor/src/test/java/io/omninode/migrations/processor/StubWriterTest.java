package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.processor.codegen.StubWriter;
import io.omninode.migrations.schema.change.ChangeExamples;
import io.omninode.migrations.schema.change.ExecuteSql;
import io.omninode.migrations.schema.change.SchemaChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stub writer speaks the whole vocabulary: a stub holding one change of every kind compiles,
 * and running it sends exactly the SQL that applying the change values sends.
 */
class StubWriterTest {

    @Test
    void everyChangeKindBecomesCodeThatSendsTheSameSql(@TempDir Path work) throws Exception {
        List<SchemaChange> changes = ChangeExamples.everyKind();
        StubWriter.Stub stub = new StubWriter.Stub("com.example.db", "0123456789ab", "1975ea83b712", "every kind",
                List.of("+ everything"), changes, List.of(new ExecuteSql("select 1", List.of())));
        String source = StubWriter.write(stub).toString();

        DirectoryCompiler.Result compiled = DirectoryCompiler.compile(work, List.of("-proc:none", "-Xlint:all",
                "-Werror"), List.of(), JavaFileObjects.forSourceString("com.example.db." + stub.className(), source));
        assertThat(compiled.success()).as(compiled.diagnostics() + source).isTrue();

        List<String> direct = new ArrayList<>();
        changes.forEach(EngineOperations.recording(direct)::apply);
        List<String> generated = new ArrayList<>();
        try (var loader = compiled.classLoader()) {
            MigrationScript script = (MigrationScript) loader.loadClass("com.example.db." + stub.className())
                    .getConstructor().newInstance();
            script.upgrade(EngineOperations.recording(generated));
        }
        assertThat(generated).isEqualTo(direct).hasSizeGreaterThan(changes.size());
    }

    @Test
    void aGivenClassNameReplacesTheDerivedOneAndMustBeAJavaName() {
        StubWriter.Stub stub = new StubWriter.Stub("p", "0123456789ab", "", "add bridge", List.of(), List.of(), List.of());

        StubWriter.Stub renamed = stub.withClassName("V20261124_100131_0123456789ab_add_bridge");

        assertThat(renamed.className()).isEqualTo("V20261124_100131_0123456789ab_add_bridge");
        assertThat(renamed.revision()).isEqualTo(stub.revision());
        assertThat(StubWriter.write(renamed).toString())
                .contains("public final class V20261124_100131_0123456789ab_add_bridge implements MigrationScript");
        assertThatThrownBy(() -> stub.withClassName("2nd-try"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"2nd-try\" is not a Java class name");
        assertThatThrownBy(() -> stub.withClassName("class")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classNameComesFromTheMessageAndRevision() {
        assertThat(new StubWriter.Stub("p", "0123456789ab", "", "add bridge-table!", List.of(), List.of(), List.of())
                .className()).isEqualTo("AddBridgeTable_0123456789ab");
        assertThat(new StubWriter.Stub("p", "0123456789ab", "", "2nd try", List.of(), List.of(), List.of())
                .className()).isEqualTo("Migration2ndTry_0123456789ab");
        assertThat(StubWriter.revisionId("a", "b")).matches("[0-9a-f]{12}").isEqualTo(StubWriter.revisionId("a", "b"))
                .isNotEqualTo(StubWriter.revisionId("ab", ""));
    }
}
