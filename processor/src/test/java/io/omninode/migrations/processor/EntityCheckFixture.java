package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The entity check on real folders: entities compiled at head revision {@code 1975ea83b712} write
 * its snapshot; changed entities then get a warning and a stub; the stub compiles as the new head.
 */
final class EntityCheckFixture {

    static final String HEAD = "1975ea83b712";
    static final JavaFileObject BASE = Sources.migration("V1CreateNode", """
            revision = "1975ea83b712",
            message = "create the first tables\"""");

    final Path work;
    final Path schemaDir;
    final Path stubDir;

    EntityCheckFixture(Path work) {
        this.work = work;
        this.schemaDir = work.resolve("schema");
        this.stubDir = work.resolve("stubs");
    }

    List<String> options(String... more) {
        return Stream.concat(Stream.of("-Aomninode.migrations.schemaDir=" + schemaDir,
                "-Aomninode.migrations.stubDir=" + stubDir), Stream.of(more)).toList();
    }

    DirectoryCompiler.Result compile(String step, List<String> options, JavaFileObject... sources) throws IOException {
        return DirectoryCompiler.compile(work.resolve(step), options, List.of(new MigrationProcessor()), sources);
    }

    /** Compiles the old entities at the head: writes the head's snapshot. */
    DirectoryCompiler.Result compileOld() throws IOException {
        DirectoryCompiler.Result result = compile("old", options(), BASE, EntitySources.NODE_STATUS,
                EntitySources.NODE, EntitySources.EVENT);
        assertThat(result.success()).as(result.diagnostics()).isTrue();
        return result;
    }

    /** Compiles the changed entities: a warning (or error) and a stub. */
    DirectoryCompiler.Result compileNew(String... options) throws IOException {
        return compile("new", options(options), BASE, EntitySources.NODE_STATUS, EntitySources.NODE_V2,
                EntitySources.EVENT_V2, EntitySources.BRIDGE);
    }

    Schema oldSchema() throws IOException {
        return SchemaSnapshot.fromJson(Files.readString(schemaDir.resolve(HEAD + ".json")));
    }

    static Schema entitySchema(DirectoryCompiler.Result result) throws IOException {
        return SchemaSnapshot.fromJson(Files.readString(result.classes().resolve(MigrationProcessor.ENTITY_SNAPSHOT)));
    }

    Path stub() throws IOException {
        try (Stream<Path> files = Files.walk(stubDir)) {
            List<Path> stubs = files.filter(Files::isRegularFile).toList();
            assertThat(stubs).hasSize(1);
            return stubs.get(0);
        }
    }
}
