package io.omninode.migrations.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.processor.MigrationProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationClassWriterTest {

    private static final MigrationClassSpec MERGE = new MigrationClassSpec("com.example.db",
            "V20261124_100131_4f2e8d1b6a33_merge_heads", "4f2e8d1b6a33", List.of("27c6a30d7c24", "3b5a2c8a9f01"),
            "merge <heads> & */ done", List.of("release"), List.of("5d0c1e2f3a44"),
            List.of("Revision ID: 4f2e8d1b6a33", "Revises: 27c6a30d7c24, 3b5a2c8a9f01"));

    @Test
    void writesAMigrationWithEveryAnnotationValueAndEmptyBodies() {
        assertThat(MigrationClassWriter.write(MERGE).toString()).isEqualTo("""
                package com.example.db;

                import io.omninode.migrations.MigrationScript;
                import io.omninode.migrations.Operations;
                import io.omninode.migrations.annotations.Migration;

                /**
                 * merge &lt;heads&gt; &amp; *&#47; done
                 *
                 * <pre>
                 * Revision ID: 4f2e8d1b6a33
                 * Revises: 27c6a30d7c24, 3b5a2c8a9f01
                 * </pre>
                 */
                @Migration(
                        revision = "4f2e8d1b6a33",
                        downRevision = {"27c6a30d7c24", "3b5a2c8a9f01"},
                        message = "merge <heads> & */ done",
                        branchLabels = "release",
                        dependsOn = "5d0c1e2f3a44"
                )
                public final class V20261124_100131_4f2e8d1b6a33_merge_heads implements MigrationScript {
                    @Override
                    public void upgrade(Operations op) throws Exception {
                    }

                    @Override
                    public void downgrade(Operations op) throws Exception {
                    }
                }
                """);
    }

    @Test
    void aWrittenBaseRevisionCompilesWithTheProcessorWithoutWarnings() {
        MigrationClassSpec base = new MigrationClassSpec("com.example.db", "V20261124_100131_1975ea83b712_create_node",
                "1975ea83b712", List.of(), "create node", List.of(), List.of(), List.of());
        String source = MigrationClassWriter.write(base).toString();

        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor()).withOptions("-Xlint:all")
                .compile(JavaFileObjects.forSourceString(
                        "com.example.db.V20261124_100131_1975ea83b712_create_node", source));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.db.GeneratedMigrationRegistry");
    }
}
