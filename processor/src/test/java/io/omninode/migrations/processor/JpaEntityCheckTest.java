package io.omninode.migrations.processor;

import static io.omninode.migrations.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict-mode entity check with Jakarta Persistence entities: the same table written with our annotations
 * and with JPA ones gives, after the same change, the same {@code EntitiesChanged} error and the same stub.
 */
class JpaEntityCheckTest {

    private static final String OWN = """
            package com.example.db;

            import io.omninode.migrations.annotations.*;

            @Table
            public class Node {
                @Id long id;
                @Column(length = 200) String title;
            %s}
            """;
    private static final String JPA = """
            package com.example.db;

            import jakarta.persistence.*;

            @Entity
            public class Node {
                @Id long id;
                @Column(length = 200) String title;
            %s}
            """;
    private static final String REGION = "    @Column(length = 80, nullable = false) String region;\n";

    @Test
    void aJpaEntityChangeIsTheSameStrictErrorWithTheSameStubAsOurAnnotations(@TempDir Path work) throws IOException {
        Outcome own = changeInStrictMode(work.resolve("own"), OWN);
        Outcome jpa = changeInStrictMode(work.resolve("jpa"), JPA);

        assertThat(jpa.diagnostics()).startsWith("ERROR: [OmniNode/EntitiesChanged] the entities differ from the"
                + " snapshot of head revision 1975ea83b712 (<work>/schema/1975ea83b712.json) and no migration covers"
                + " it:\n    + column node.region varchar(80)\n")
                .isEqualTo(own.diagnostics());
        assertThat(jpa.stubName()).isEqualTo(own.stubName());
        assertThat(jpa.stub()).isEqualTo(own.stub()).contains("op.addColumn(\"node\", Column.of(\"region\","
                + " \"varchar(80)\")");
        assertThat(jpa.headSnapshot()).isEqualTo(own.headSnapshot());
    }

    /** What one side gives: the error text (its folder written as {@code <work>}), the stub and the head's snapshot. */
    private record Outcome(String diagnostics, String stubName, String stub, String headSnapshot) {}

    private static Outcome changeInStrictMode(Path work, String template) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        DirectoryCompiler.Result old = fixture.compile("old", fixture.options(), EntityCheckFixture.BASE,
                node(template, ""));
        assertThat(old.success()).as(old.diagnostics()).isTrue();

        DirectoryCompiler.Result changed = fixture.compile("new", fixture.options("-Aomninode.migrations.strict=true"),
                EntityCheckFixture.BASE, node(template, REGION));

        assertThat(changed.success()).isFalse();
        Path stub = fixture.stub();
        return new Outcome(changed.diagnostics().replace(work.toString(), "<work>"),
                stub.getFileName().toString(), Files.readString(stub),
                Files.readString(fixture.schemaDir.resolve(EntityCheckFixture.HEAD + ".json")));
    }

    private static JavaFileObject node(String template, String more) {
        return source("com.example.db.Node", template.formatted(more));
    }
}
