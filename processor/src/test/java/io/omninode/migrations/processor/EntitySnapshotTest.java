package io.omninode.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The entity snapshot the processor writes into the class output, byte for byte. */
class EntitySnapshotTest {

    @Test
    void representativeEntitiesGiveTheGoldenSnapshot() throws IOException {
        // -Xlint:processing: every entity annotation is claimed, so -Werror builds stay green
        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .withOptions("-Xlint:processing")
                .compile(EntitySources.NODE_STATUS, EntitySources.NODE, EntitySources.EVENT, EntitySources.BRIDGE);

        assertThat(compilation).succeededWithoutWarnings();
        String json = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, MigrationProcessor.ENTITY_SNAPSHOT)
                .orElseThrow().getCharContent(true).toString();
        assertThat(json).isEqualTo(golden("/golden/schema.json"));
        Schema schema = SchemaSnapshot.fromJson(json);
        assertThat(SchemaSnapshot.toJson(schema)).isEqualTo(json);
    }

    @Test
    void declarationOrderOfEntitiesDoesNotChangeTheSnapshot() throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .compile(EntitySources.BRIDGE, EntitySources.EVENT, EntitySources.NODE, EntitySources.NODE_STATUS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, MigrationProcessor.ENTITY_SNAPSHOT)
                .orElseThrow().getCharContent(true).toString()).isEqualTo(golden("/golden/schema.json"));
    }

    @Test
    void columnsOfABaseClassComeFirst() throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor()).compile(
                Sources.source("com.example.db.Base", """
                        package com.example.db;

                        import io.omninode.migrations.annotations.*;

                        public abstract class Base {
                            @Id(generated = Id.Generated.ALWAYS) long id;
                            @Column(nullable = false, defaultExpression = "now()") java.time.Instant createdAt;
                        }
                        """),
                Sources.source("com.example.db.Tag", """
                        package com.example.db;

                        import io.omninode.migrations.annotations.*;

                        @Table
                        public class Tag extends Base {
                            String label;
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = SchemaSnapshot.fromJson(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                MigrationProcessor.ENTITY_SNAPSHOT).orElseThrow().getCharContent(true).toString());
        assertThat(schema.tables().get(0).columns()).extracting(c -> c.name())
                .containsExactly("id", "created_at", "label");
        assertThat(schema.tables().get(0).primaryKey().columns()).containsExactly("id");
    }

    static String golden(String resource) throws IOException {
        try (InputStream in = EntitySnapshotTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
