package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.engine.SqlOperations;
import io.omninode.migrations.engine.StatementSink;
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

        Recorder direct = new Recorder();
        SqlOperations directOps = new SqlOperations(direct);
        changes.forEach(directOps::apply);
        Recorder generated = new Recorder();
        try (var loader = compiled.classLoader()) {
            MigrationScript script = (MigrationScript) loader.loadClass("com.example.db." + stub.className())
                    .getConstructor().newInstance();
            script.upgrade(new SqlOperations(generated));
        }
        assertThat(generated.statements).isEqualTo(direct.statements).hasSizeGreaterThan(changes.size());
    }

    /** Records statements with their parameters, outside a transaction (as autocommit would run them). */
    private static final class Recorder implements StatementSink {
        final List<String> statements = new ArrayList<>();

        @Override
        public void execute(String sql, List<?> parameters) {
            statements.add(sql + " " + parameters);
        }

        @Override
        public boolean inTransaction() {
            return false;
        }

        @Override
        public java.sql.Connection connection() {
            throw new IllegalStateException("recording only");
        }
    }
}
