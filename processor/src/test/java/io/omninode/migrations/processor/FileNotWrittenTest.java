package io.omninode.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the processor cannot write is an I/O failure with its own code, not a malformed option. */
class FileNotWrittenTest {

    @Test
    void aHeadSnapshotThatCannotBeWrittenIsAnErrorOnTheHeadMigration(@TempDir Path work) throws IOException {
        Path notAFolder = Files.writeString(work.resolve("schema"), "a file where the schema folder should be");

        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .withOptions("-Aomninode.migrations.schemaDir=" + notAFolder)
                .compile(EntityCheckFixture.BASE, EntitySources.NODE_STATUS, EntitySources.NODE);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/FileNotWritten] cannot write schema snapshot "
                + notAFolder.resolve("1975ea83b712.json") + ": FileAlreadyExistsException: " + notAFolder
                + "; -Aomninode.migrations.schemaDir must name a folder that can be written")
                .inFile(EntityCheckFixture.BASE).onLineContaining("@Migration(");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the schema folder should be");
    }

    @Test
    void aRegistryTheFilerRefusesIsAnErrorOfTheCompilationAndNotAnInvalidOption() {
        LateSourceGenerator squatter = new LateSourceGenerator("com.example.db.GeneratedMigrationRegistry", """
                package com.example.db;

                public final class GeneratedMigrationRegistry {}
                """);

        Compilation compilation = Compiler.javac().withProcessors(squatter, new MigrationProcessor())
                .compile(EntityCheckFixture.BASE);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/FileNotWritten] cannot write"
                + " com.example.db.GeneratedMigrationRegistry: FilerException: Attempt to recreate a file for type"
                + " com.example.db.GeneratedMigrationRegistry; check that the class output folder can be written and"
                + " that no other annotation processor writes the same file");
        Diagnostic<?> error = compilation.errors().get(0);
        assertThat(error.getSource()).as("a failure of the whole compilation, on no source").isNull();
        assertThat(error.getMessage(null)).doesNotContain("InvalidOption");
    }
}
