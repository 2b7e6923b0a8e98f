package io.omninode.migrations.processor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.processor.snapshot.OfflineAutogenerate.Request;
import io.omninode.migrations.processor.snapshot.OfflineAutogenerate.Result;
import io.omninode.migrations.processor.snapshot.OfflineAutogenerate.Status;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineAutogenerateTest {

    private static final Schema HEAD = Schema.of(List.of(Table.named("node")
            .column(Column.of("id", "bigint").notNull()).column("name", "text").primaryKey("id")),
            List.of(), List.of(), List.of());
    private static final Schema ENTITIES = Schema.of(List.of(Table.named("node")
            .column(Column.of("id", "bigint").notNull()).column("title", "text").column("note", "text")
            .primaryKey("id")), List.of(), List.of(), List.of())
            .withRenameHints(List.of(RenameHint.ofColumn(QualifiedName.of("node"), "title", "name")));

    @Test
    void changesWriteTheMigrationAndItsRevisionSnapshot(@TempDir Path work) throws IOException {
        Path schemaDir = headSnapshot(work);
        Path sources = work.resolve("src/main/java");

        Result result = OfflineAutogenerate.run(new Request(ENTITIES, schemaDir, "1975ea83b712", "rename node name",
                sources, "com.example.db"));

        assertThat(result.status()).isEqualTo(Status.WRITTEN);
        String revision = result.revision().orElseThrow();
        assertThat(revision).matches("[0-9a-f]{12}");
        Path migration = sources.resolve("com/example/db/RenameNodeName_" + revision + ".java");
        assertThat(result.migrationFile()).contains(migration);
        assertThat(Files.readString(migration))
                .contains("revision = \"" + revision + "\"")
                .contains("downRevision = \"1975ea83b712\"")
                .contains("message = \"rename node name\"")
                .contains("op.renameColumn(\"node\", \"name\", \"title\");")
                .contains("op.addColumn(\"node\", Column.of(\"note\", \"text\"));")
                .contains("op.dropColumn(\"node\", \"note\");")
                .contains("op.renameColumn(\"node\", \"title\", \"name\");");
        assertThat(result.snapshotFile()).contains(schemaDir.resolve(revision + ".json"));
        assertThat(SchemaSnapshot.fromJson(Files.readString(schemaDir.resolve(revision + ".json"))))
                .isEqualTo(ENTITIES.withRenameHints(List.of()));
        assertThat(result.summary()).containsExactly("~ column node.name -> title", "+ column node.note text");
        assertThat(result.renameAdvice()).isEmpty();
    }

    @Test
    void aCreationTimeNamesTheClassLikeEveryRevisionWithTheSameDerivedId(@TempDir Path work) throws IOException {
        Path schemaDir = headSnapshot(work);
        Path sources = work.resolve("src/main/java");
        LocalDateTime created = LocalDateTime.of(2026, 11, 24, 10, 1, 31);

        Result result = OfflineAutogenerate.run(new Request(ENTITIES, schemaDir, "1975ea83b712", "rename node name",
                sources, "com.example.db", Optional.of(created), true));

        String revision = EntityMigration.revisionId("1975ea83b712", "rename node name",
                SchemaSnapshot.toJson(ENTITIES));
        assertThat(result.revision()).contains(revision);
        assertThat(result.migrationFile()).contains(
                sources.resolve("com/example/db/V20261124_100131_" + revision + "_rename_node_name.java"));
        assertThat(EntityMigration.revisionId("a", "b")).matches("[0-9a-f]{12}")
                .isEqualTo(EntityMigration.revisionId("a", "b")).isNotEqualTo(EntityMigration.revisionId("ab", ""));
    }

    @Test
    void noChangesWriteNothing(@TempDir Path work) throws IOException {
        Path schemaDir = headSnapshot(work);
        Path sources = work.resolve("src/main/java");

        Result result = OfflineAutogenerate.run(new Request(HEAD, schemaDir, "1975ea83b712", "nothing", sources,
                "com.example.db"));

        assertThat(result.status()).isEqualTo(Status.NO_CHANGES);
        assertThat(result.migrationFile()).isEmpty();
        assertThat(sources).doesNotExist();
        try (Stream<Path> files = Files.list(schemaDir)) {
            assertThat(files).containsExactly(schemaDir.resolve("1975ea83b712.json"));
        }
    }

    @Test
    void headWithoutSnapshotIsReportedAndNothingWritten(@TempDir Path work) throws IOException {
        Result result = OfflineAutogenerate.run(new Request(ENTITIES, work.resolve("schema"), "1975ea83b712", "m",
                work.resolve("src"), "com.example.db"));

        assertThat(result.status()).isEqualTo(Status.HEAD_SNAPSHOT_MISSING);
        assertThat(work.resolve("src")).doesNotExist();
    }

    @Test
    void withoutAnyRevisionTheFirstMigrationCreatesEverything(@TempDir Path work) throws IOException {
        Result result = OfflineAutogenerate.run(new Request(HEAD, work.resolve("schema"), "", "initial schema",
                work.resolve("src"), "com.example.db"));

        assertThat(result.status()).isEqualTo(Status.WRITTEN);
        String source = Files.readString(result.migrationFile().orElseThrow());
        assertThat(source).doesNotContain("downRevision").contains("op.createTable(Table.named(\"node\")")
                .contains("op.dropTable(\"node\");");
    }

    @Test
    void entitySnapshotIsReadFromTheClasspath(@TempDir Path work) throws IOException {
        Path resource = work.resolve(OfflineAutogenerate.ENTITY_SNAPSHOT_RESOURCE);
        Files.createDirectories(resource.getParent());
        Files.writeString(resource, SchemaSnapshot.toJson(ENTITIES));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, null)) {
            assertThat(OfflineAutogenerate.entitySnapshot(loader)).contains(ENTITIES);
        }
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(OfflineAutogenerate.entitySnapshot(empty)).isEmpty();
        }
    }

    private static Path headSnapshot(Path work) throws IOException {
        Path schemaDir = Files.createDirectories(work.resolve("schema"));
        Files.writeString(schemaDir.resolve("1975ea83b712.json"), SchemaSnapshot.toJson(HEAD));
        return schemaDir;
    }
}
