package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.testing.CatalogShape;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time stub for changes on an existing table is written in the safe form: a transactional revision
 * (constraints NOT VALID, a NOT VALID check for NOT NULL) and a non-transactional one after it (the index built
 * CONCURRENTLY, the validations, SET NOT NULL); both run on PostgreSQL to the entities' schema and back.
 */
@PostgresTest
class SafeStubOnPostgresTest {

    private static final JavaFileObject HOOK = hook("""
            @Table(name = "hook_events")
            public class Hook {
                @Id long id;
                String target;
                UUID nodeId;
                int attempts;
            }
            """);

    private static final JavaFileObject HOOK_V2 = hook("""
            @Table(name = "hook_events", indexes = @Index(name = "ix_hook_events_target", columns = "target"),
                    checks = @Check(name = "ck_hook_events_attempts", expression = "attempts >= 0"))
            public class Hook {
                @Id long id;
                @Column(nullable = false) String target;
                @References(table = "node") UUID nodeId;
                int attempts;
            }
            """);

    /** A table new in the revision: its index stays plain and in the transaction. */
    private static final JavaFileObject RELAY = Sources.source("com.example.db.Relay", """
            package com.example.db;

            import io.omninode.migrations.annotations.Id;
            import io.omninode.migrations.annotations.Index;
            import io.omninode.migrations.annotations.Table;

            @Table(name = "relay", indexes = @Index(name = "ix_relay_name", columns = "name"))
            public class Relay {
                @Id long id;
                String name;
            }
            """);

    private static JavaFileObject hook(String body) {
        return Sources.source("com.example.db.Hook", """
                package com.example.db;

                import io.omninode.migrations.annotations.Check;
                import io.omninode.migrations.annotations.Column;
                import io.omninode.migrations.annotations.Id;
                import io.omninode.migrations.annotations.Index;
                import io.omninode.migrations.annotations.References;
                import io.omninode.migrations.annotations.Table;
                import java.util.UUID;

                """ + body);
    }

    @Test
    void stubsForAnExistingTableTakeNoLongLocksAndMigrateUpAndDown(TestDatabase database, @TempDir Path work)
            throws Exception {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        DirectoryCompiler.Result old = fixture.compile("old", fixture.options(), EntityCheckFixture.BASE,
                EntitySources.NODE_STATUS, EntitySources.NODE, HOOK);
        assertThat(old.success()).as(old.diagnostics()).isTrue();
        DirectoryCompiler.Result changed = fixture.compile("new", fixture.options(), EntityCheckFixture.BASE,
                EntitySources.NODE_STATUS, EntitySources.NODE, HOOK_V2, RELAY);
        assertThat(changed.diagnostics()).contains("A migration stub was written to ").contains(" and ");

        List<Path> stubs = stubs(fixture.stubDir);
        assertThat(stubs).extracting(p -> p.getFileName().toString())
                .anyMatch(name -> name.startsWith("EntityChanges_")).anyMatch(name -> name.startsWith("EntityChangesOnline_"));
        Path first = stubs.stream().filter(p -> p.getFileName().toString().startsWith("EntityChanges_")).findFirst()
                .orElseThrow();
        Path second = stubs.stream().filter(p -> p.getFileName().toString().startsWith("EntityChangesOnline_"))
                .findFirst().orElseThrow();
        String inTransaction = Files.readString(first);
        String outside = Files.readString(second);

        assertThat(inTransaction).doesNotContain("transactional")
                .contains("// on an existing table: each statement waits at most lock_timeout")
                .containsPattern("// NOT VALID: checks new rows only[^\\n]*\\n\\s*op\\.addForeignKey\\(\"hook_events\",[^;]*"
                        + "Operations\\.Option\\.NOT_VALID\\);")
                .containsPattern("op\\.addCheck\\(\"hook_events\", CheckConstraint\\.of\\(\"ck_hook_events_attempts\",[^;]*"
                        + "Operations\\.Option\\.NOT_VALID\\);")
                .containsPattern("// SET NOT NULL through a check[^\\n]*\\n\\s*op\\.addCheck\\(\"hook_events\", CheckConstraint"
                        + "\\.of\\(\"hook_events_target_not_null\", \"target IS NOT NULL\"\\), Operations\\.Option\\.NOT_VALID\\);")
                .contains("op.createIndex(Index.of(\"ix_relay_name\"").doesNotContain("Index.of(\"ix_hook_events_target\"")
                .doesNotContain("setNotNull");
        assertThat(outside).contains("transactional = false")
                .contains("downRevision = \"" + revision(inTransaction) + "\"")
                .containsPattern("// CONCURRENTLY: builds the index while writes go on[^\\n]*\\n\\s*op\\.createIndex\\("
                        + "Index\\.of\\(\"ix_hook_events_target\", \"hook_events\", \"target\"\\)[^;]*Operations\\.Option\\.CONCURRENTLY\\);")
                .contains("op.validateConstraint(\"hook_events\", \"ck_hook_events_attempts\");")
                .contains("op.validateConstraint(\"hook_events\", \"hook_events_target_not_null\");")
                .contains("op.setNotNull(\"hook_events\", \"target\");")
                .contains("op.dropConstraint(\"hook_events\", \"hook_events_target_not_null\");")
                .contains("op.dropIndex(\"ix_hook_events_target\", Operations.Option.CONCURRENTLY);")
                .contains("op.dropNotNull(\"hook_events\", \"target\");");

        Schema oldSchema = fixture.oldSchema();
        Schema newSchema = EntityCheckFixture.entitySchema(changed).withRenameHints(List.of());
        DirectoryCompiler.Result compiled = fixture.compile("stubs", List.of("-proc:none"), source(first),
                source(second));
        assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
        try (Connection connection = database.connect(); var loader = compiled.classLoader()) {
            Operations op = EngineOperations.on(connection);
            for (SchemaChange change : SchemaDiff.between(Schema.EMPTY, oldSchema)) {
                op.apply(change);
            }
            MigrationScript one = script(loader, first);
            MigrationScript two = script(loader, second);
            one.upgrade(op);
            two.upgrade(op);
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(newSchema));
            two.downgrade(op);
            one.downgrade(op);
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(oldSchema));
        }
    }

    @Test
    void withSafeDdlOffTheStubIsOnePlainRevision(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compile("old", fixture.options(), EntityCheckFixture.BASE, EntitySources.NODE_STATUS,
                EntitySources.NODE, HOOK);
        fixture.compile("new", fixture.options("-Aomninode.migrations.safeDdl=false"), EntityCheckFixture.BASE,
                EntitySources.NODE_STATUS, EntitySources.NODE, HOOK_V2, RELAY);

        String stub = Files.readString(fixture.stub());
        assertThat(stub).doesNotContain("NOT_VALID").doesNotContain("CONCURRENTLY").doesNotContain("lock_timeout")
                .contains("op.setNotNull(\"hook_events\", \"target\");").contains("ix_hook_events_target");
    }

    private static List<Path> stubs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String revision(String source) {
        int start = source.indexOf("revision = \"") + "revision = \"".length();
        return source.substring(start, source.indexOf('"', start));
    }

    private static JavaFileObject source(Path file) throws IOException {
        return JavaFileObjects.forSourceString("com.example.db." + file.getFileName().toString().replace(".java", ""),
                Files.readString(file));
    }

    private static MigrationScript script(ClassLoader loader, Path file) throws Exception {
        return (MigrationScript) loader.loadClass("com.example.db." + file.getFileName().toString().replace(".java", ""))
                .getConstructor().newInstance();
    }
}
