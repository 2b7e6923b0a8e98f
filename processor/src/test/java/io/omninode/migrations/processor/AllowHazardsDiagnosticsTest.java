package io.omninode.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.omninode.migrations.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @AllowHazards}: codes from lint's catalogue, on the offending item, and a reason that says something. */
class AllowHazardsDiagnosticsTest {

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new MigrationProcessor()).compile(sources);
    }

    private static JavaFileObject migration(String allowHazards) {
        return source("com.example.db.IndexHookEvents", """
                package com.example.db;

                import io.omninode.migrations.MigrationScript;
                import io.omninode.migrations.Operations;
                import io.omninode.migrations.annotations.AllowHazards;
                import io.omninode.migrations.annotations.Migration;

                @Migration(revision = "ae1027a6acf", message = "index hook events")
                %s
                public class IndexHookEvents implements MigrationScript {
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """.formatted(allowHazards));
    }

    @Test
    void knownCodesWithAReasonCompileWithoutWarnings() {
        Compilation compilation = compile(migration("""
                @AllowHazards(value = {"require-concurrent-index-creation", "measured-lock"},
                        reason = "hook_events is empty in every environment")"""));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anUnknownCodeIsAnErrorOnThatItemWithTheClosestCode() {
        JavaFileObject source = migration("""
                @AllowHazards(value = {
                        "require-concurrent-index-creation",
                        "ban-drop-colum"},
                        reason = "the column was never read")""");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/UnknownHazard] @AllowHazards code \"ban-drop-colum\" is"
                        + " not a hazard lint reports; did you mean \"ban-drop-column\"? (docs/lint.md lists every code)")
                .inFile(source).onLineContaining("\"ban-drop-colum\"}");
    }

    @Test
    void aBlankReasonIsAnErrorOnTheReason() {
        JavaFileObject source = migration("""
                @AllowHazards(value = "ban-drop-table",
                        reason = " ")""");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/AllowanceWithoutReason] @AllowHazards on"
                        + " com.example.db.IndexHookEvents needs a reason: say why the hazard is safe here")
                .inFile(source).onLineContaining("reason = \" \"");
    }

    @Test
    void aMissingReasonIsRefusedByTheCompilerItself() {
        Compilation compilation = compile(migration("@AllowHazards(\"ban-drop-table\")"));

        assertThat(compilation).hadErrorContaining("annotation @io.omninode.migrations.annotations.AllowHazards is"
                + " missing a default value for the element 'reason'").inFile(migration("@AllowHazards(\"ban-drop-table\")"))
                .onLineContaining("@AllowHazards");
    }
}
