package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.processor.codegen.MigrationSource;
import io.omninode.migrations.processor.codegen.MigrationSourceWriter;
import io.omninode.migrations.schema.change.ChangeExamples;
import io.omninode.migrations.schema.change.ExecuteSql;
import io.omninode.migrations.schema.change.SchemaChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration source writer speaks the whole vocabulary: a stub holding one change of every kind
 * compiles, and running it sends exactly the SQL that applying the change values sends.
 */
class MigrationSourceRoundTripTest {

    @Test
    void everyChangeKindBecomesCodeThatSendsTheSameSql(@TempDir Path work) throws Exception {
        List<SchemaChange> changes = ChangeExamples.everyKind();
        MigrationSource stub = MigrationSource.ofChanges("com.example.db", "0123456789ab", "1975ea83b712", "every kind",
                new MigrationSource.Changes(List.of("+ everything"), changes,
                        List.of(new ExecuteSql("select 1", List.of()))), Optional.empty());
        String source = MigrationSourceWriter.write(stub).toString();

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
}
