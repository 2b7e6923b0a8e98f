package io.omninode.migrations.cli.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.graph.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** @Migration read from sources as javac would read it: literals and constants of the same file, nothing else. */
class MigrationSourceReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryAttributeOfTheGraphWithTheClassAndLine() throws IOException {
        Path file = write("com/example/db/V2Merge.java", """
                package com.example.db;

                import io.omninode.migrations.MigrationScript;
                import io.omninode.migrations.Operations;
                import io.omninode.migrations.annotations.Migration;

                @Migration(
                        revision = "9f8e7d6c5b4a",
                        downRevision = {"4f2e8d1b6a33", "5d0c1e2f3a44"},
                        branchLabels = "feature",
                        dependsOn = {},
                        message = "merge \\"heads\\"",
                        transactional = false)
                public final class V2Merge implements MigrationScript {
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """);

        MigrationSources sources = MigrationSourceReader.read(folder);

        assertThat(sources.warnings()).isEmpty();
        assertThat(sources.migrations()).containsExactly(new SourceMigration(file, 7, "com.example.db.V2Merge",
                new Revision("9f8e7d6c5b4a", List.of("4f2e8d1b6a33", "5d0c1e2f3a44"), List.of(), List.of("feature"),
                        "merge \"heads\"")));
        assertThat(sources.migrations().get(0).location()).isEqualTo(file + ":7");
    }

    @Test
    void constantsOfTheSameFileConcatenationAndTextBlocksAreResolvedAsJavacWould() throws IOException {
        write("com/example/db/Revisions.java", """
                package com.example.db;

                import io.omninode.migrations.annotations.*;

                public final class Revisions {
                    static final String BASE = "1975ea83b712";
                    interface Ids {
                        String NEXT = "ae10" + "27a6acf0";
                    }

                    @io.omninode.migrations.annotations.Migration(revision = Ids.NEXT, downRevision = BASE,
                            message = \"""
                                add node table\""")
                    public static final class Nested implements io.omninode.migrations.MigrationScript {
                        public void upgrade(io.omninode.migrations.Operations op) {}
                        public void downgrade(io.omninode.migrations.Operations op) {}
                    }
                }
                """);

        SourceMigration nested = MigrationSourceReader.read(folder).migrations().get(0);

        assertThat(nested.className()).isEqualTo("com.example.db.Revisions.Nested");
        assertThat(nested.revision()).isEqualTo(new Revision("ae1027a6acf0", List.of("1975ea83b712"), List.of(),
                List.of(), "add node table"));
    }

    @Test
    void anotherLibrarysMigrationAnnotationIsNotOurs() throws IOException {
        write("com/example/flyway/V1.java", """
                package com.example.flyway;

                import org.example.Migration;

                @Migration(revision = "1")
                public class V1 {}
                """);

        assertThat(MigrationSourceReader.read(folder).migrations()).isEmpty();
    }

    @Test
    void aValueFromAnotherFileIsAnErrorThatNamesTheFileLineAndFix() throws IOException {
        Path file = write("com/example/db/V3.java", """
                package com.example.db;

                import io.omninode.migrations.annotations.Migration;

                @Migration(revision = "c0ffee000003",
                        downRevision = OtherFile.HEAD)
                public final class V3 {}
                """);

        assertThatThrownBy(() -> MigrationSourceReader.read(folder)).isInstanceOf(MigrationSourceException.class)
                .hasMessage(file + ":6: the @Migration value OtherFile.HEAD is not a static final String constant of"
                        + " this file; the revision history is read from the sources before they are compiled, so"
                        + " write the value as a string literal, or as a static final String constant declared in the"
                        + " same file");
    }

    @Test
    void aMigrationWithoutRevisionIsAnError() throws IOException {
        Path file = write("V4.java", """
                import io.omninode.migrations.annotations.Migration;

                @Migration(message = "no id")
                public final class V4 {}
                """);

        assertThatThrownBy(() -> MigrationSourceReader.read(folder))
                .hasMessageStartingWith(file + ":3: @Migration has no revision; give it one");
    }

    @Test
    void anUnrelatedFileThatDoesNotParseIsSkippedWithAWarningNamingIt() throws IOException {
        Path broken = write("com/example/Broken.java", "package com.example;\npublic class Broken {\n");
        write("com/example/db/V1.java", """
                package com.example.db;
                @io.omninode.migrations.annotations.Migration(revision = "1975ea83b712")
                public final class V1 {}
                """);

        MigrationSources sources = MigrationSourceReader.read(folder);

        assertThat(sources.migrations()).extracting(m -> m.revision().id()).containsExactly("1975ea83b712");
        assertThat(sources.warnings()).singleElement().asString().startsWith("skipped " + broken
                + ", which does not parse (").endsWith("); it holds no @Migration");
    }

    @Test
    void aMigrationThatDoesNotParseIsAnError() throws IOException {
        Path broken = write("com/example/db/V5.java", """
                package com.example.db;
                @io.omninode.migrations.annotations.Migration(revision = "5")
                public final class V5 {
                """);

        assertThatThrownBy(() -> MigrationSourceReader.read(folder))
                .hasMessageStartingWith("cannot parse migration source " + broken + ": ")
                .hasMessageEndingWith("; fix the file (its @Migration is needed to place the new revision in the"
                        + " history)");
    }

    @Test
    void aMissingFolderHoldsNothing() {
        assertThat(MigrationSourceReader.read(folder.resolve("nowhere")).migrations()).isEmpty();
    }

    private Path write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
