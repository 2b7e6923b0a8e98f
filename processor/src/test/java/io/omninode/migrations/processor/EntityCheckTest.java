package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities compared with the head revision's snapshot: snapshot written, entity changes warned, stub written. */
class EntityCheckTest {

    static final JavaFileObject LEFT_HEAD = Sources.migration("Left", """
            revision = "left1",
            downRevision = "1975ea83b712",
            message = "left\"""");
    static final JavaFileObject RIGHT_HEAD = Sources.migration("Right", """
            revision = "right1",
            downRevision = "1975ea83b712",
            message = "right\"""");

    @Test
    void headWithoutSnapshotGetsTheEntitySnapshotOnceAndThenItIsLeftAlone(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        DirectoryCompiler.Result result = fixture.compileOld();

        Path snapshot = fixture.schemaDir.resolve(EntityCheckFixture.HEAD + ".json");
        assertThat(result.diagnostics()).contains("NOTE: [OmniNode/SnapshotWritten] head revision 1975ea83b712 had no"
                + " snapshot; wrote the entity schema to " + snapshot).doesNotContain("WARNING");
        assertThat(Files.readString(snapshot))
                .isEqualTo(Files.readString(result.classes().resolve(MigrationProcessor.ENTITY_SNAPSHOT)));

        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(snapshot, written);
        DirectoryCompiler.Result again = fixture.compile("again", fixture.options(), EntityCheckFixture.BASE,
                EntitySources.NODE_STATUS, EntitySources.NODE, EntitySources.EVENT);
        assertThat(again.success()).isTrue();
        assertThat(again.diagnostics()).isEmpty();
        assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(written);
    }

    @Test
    void changedEntitiesWarnWithEveryChangeAndWriteAStubThatCompilesAsTheNewHead(@TempDir Path work)
            throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compileOld();

        DirectoryCompiler.Result changed = fixture.compileNew();

        assertThat(changed.success()).isTrue();
        Path stub = fixture.stub();
        // javac indents the continuation lines of a diagnostic by two spaces
        assertThat(changed.diagnostics()).isEqualTo("WARNING: [OmniNode/EntitiesChanged] the entities differ from the"
                + " snapshot of head revision 1975ea83b712 (" + fixture.schemaDir.resolve("1975ea83b712.json")
                + ") and no migration covers it:\n"
                + "    ~ column node.name -> title\n"
                + "    - index ix_event_created_at\n"
                + "    - index node_status_idx\n"
                + "    - constraint node_name_key on node\n"
                + "    - column event.day  (destructive)\n"
                + "    + table bridge\n"
                + "    ~ column event.kind: varchar(40) -> varchar(80)  (destructive)\n"
                + "    + column node.description varchar(400)\n"
                + "    + unique node_title_key on node [title]\n"
                + "    + foreign key bridge_left_id_fkey on bridge [left_id] -> node\n"
                + "    + foreign key bridge_right_id_fkey on bridge [right_id] -> node\n"
                + "  A migration stub was written to " + stub + "; review it and move it into your migration sources.\n"
                + "  Turn the change into a migration in your sources with: omninode-migrate revision --autogenerate"
                + " --offline -m \"<message>\"\n");
        assertThat(stub.getFileName().toString()).matches("EntityChanges_[0-9a-f]{12}\\.java");
        assertThat(stub).startsWith(fixture.stubDir.resolve("com/example/db"));

        String source = Files.readString(stub);
        String className = stub.getFileName().toString().replace(".java", "");
        String revision = className.substring("EntityChanges_".length());
        DirectoryCompiler.Result withStub = fixture.compile("stubbed", fixture.options(), EntityCheckFixture.BASE,
                JavaFileObjects.forSourceString("com.example.db." + className, source),
                EntitySources.NODE_STATUS, EntitySources.NODE_V2, EntitySources.EVENT_V2, EntitySources.BRIDGE);
        assertThat(withStub.success()).as(withStub.diagnostics()).isTrue();
        assertThat(withStub.diagnostics()).startsWith("NOTE: [OmniNode/SnapshotWritten] head revision " + revision);
        assertThat(SchemaSnapshot.fromJson(Files.readString(fixture.schemaDir.resolve(revision + ".json"))))
                .isEqualTo(EntityCheckFixture.entitySchema(withStub).withRenameHints(java.util.List.of()));
    }

    @Test
    void newEntityChangesReplaceTheStubOfTheOldOnes(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compileOld();
        fixture.compile("first", fixture.options(), EntityCheckFixture.BASE, EntitySources.NODE_STATUS,
                EntitySources.NODE_V2, EntitySources.EVENT);
        Path first = fixture.stub();

        fixture.compileNew();

        assertThat(fixture.stub()).isNotEqualTo(first);
        assertThat(first).doesNotExist();
    }

    @Test
    void theStubIsReadableCodeOnTheOperationsApi(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compileOld();
        fixture.compileNew();

        Path stub = fixture.stub();
        assertThat(stub.getFileName().toString()).isEqualTo("EntityChanges_5ea6b2dab4b5.java");
        assertThat(Files.readString(stub)).isEqualTo(EntitySnapshotTest.golden("/golden/EntityChanges.java.txt"));
    }

    @Test
    void entitiesWithoutAnyMigrationGetAFirstMigrationStub(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);

        DirectoryCompiler.Result result = fixture.compile("first", fixture.options(), EntitySources.NODE_STATUS,
                EntitySources.NODE, EntitySources.EVENT);

        assertThat(result.success()).isTrue();
        assertThat(result.diagnostics()).startsWith("WARNING: [OmniNode/EntitiesChanged] there are entities but no"
                + " @Migration creates their tables yet:\n    + enum node_status [ACTIVE, RETIRED]\n");
        String stub = Files.readString(fixture.stub());
        assertThat(stub).doesNotContain("downRevision").contains("op.createTable(Table.named(\"node\")")
                .contains("op.dropTable(\"event\");");
    }

    @Test
    void anUnreadableHeadSnapshotIsAnError(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        Files.createDirectories(fixture.schemaDir);
        Files.writeString(fixture.schemaDir.resolve(EntityCheckFixture.HEAD + ".json"), "{\"formatVersion\": 9}");

        DirectoryCompiler.Result result = fixture.compileNew();

        assertThat(result.success()).isFalse();
        assertThat(result.diagnostics()).isEqualTo("ERROR: [OmniNode/UnreadableSnapshot] cannot read schema snapshot "
                + fixture.schemaDir.resolve(EntityCheckFixture.HEAD + ".json") + ": not a valid schema snapshot:"
                + " formatVersion 9 is not supported; this version reads formatVersion 1; fix the file or delete it"
                + " to have it written again\n");
    }

    @Test
    void severalHeadsSkipTheComparisonWithAWarning(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        DirectoryCompiler.Result result = fixture.compile("heads", fixture.options(), EntityCheckFixture.BASE, LEFT_HEAD,
                RIGHT_HEAD, EntitySources.NODE_STATUS, EntitySources.NODE, EntitySources.EVENT);

        assertThat(result.success()).as(result.diagnostics()).isTrue();
        assertThat(result.diagnostics()).contains("WARNING: [OmniNode/EntitiesSeveralHeads] entities are not compared"
                + " with a revision snapshot while the graph has several heads [left1, right1]; merge them first:"
                + " omninode-migrate merge heads -m \"merge heads\"");
        assertThat(fixture.schemaDir).doesNotExist();
    }

    @Test
    void strictModeMakesEntityChangesAnErrorThatNamesTheAutogenerateCommandAndStillWritesStubAndEntitySnapshot(
            @TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compileOld();

        DirectoryCompiler.Result changed = fixture.compileNew("-Aomninode.migrations.strict=true");

        assertThat(changed.success()).isFalse();
        assertThat(changed.diagnostics()).startsWith("ERROR: [OmniNode/EntitiesChanged] the entities differ")
                .contains("A migration stub was written to " + fixture.stub())
                .endsWith("\n  Turn the change into a migration in your sources with: omninode-migrate revision"
                        + " --autogenerate --offline -m \"<message>\"\n");
        // the registry was generated before the entity check failed, but no service entry may name a class never compiled
        assertThat(changed.classes().resolve(MigrationProcessor.SERVICE_FILE)).doesNotExist();
        // what revision --autogenerate --offline reads: the changed entities, though the compilation failed
        DirectoryCompiler.Result lenient = fixture.compile("lenient", fixture.options(), EntityCheckFixture.BASE,
                EntitySources.NODE_STATUS, EntitySources.NODE_V2, EntitySources.EVENT_V2, EntitySources.BRIDGE);
        assertThat(EntityCheckFixture.entitySchema(changed)).isEqualTo(EntityCheckFixture.entitySchema(lenient))
                .isNotEqualTo(fixture.oldSchema());
    }

    @Test
    void anUndeclaredRenameIsReportedWithItsFix(@TempDir Path work) throws IOException {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compileOld();
        DirectoryCompiler.Result changed = fixture.compile("renamed", fixture.options(), EntityCheckFixture.BASE,
                EntitySources.NODE_STATUS, EntitySources.EVENT, Sources.source("com.example.db.Node", """
                        package com.example.db;

                        import io.omninode.migrations.annotations.*;
                        import java.math.BigDecimal;
                        import java.time.Instant;
                        import java.util.UUID;

                        @Table(comment = "a node of the bridge",
                                indexes = @Index(columns = "status", where = "status <> 'RETIRED'"))
                        public class Node {
                            @Id UUID id;
                            @Column(length = 200, unique = true) String title;
                            @Column(nullable = false, defaultValue = "ACTIVE") NodeStatus status;
                            @Column(precision = 12, scale = 2, defaultValue = "0") BigDecimal balance;
                            @Column(nullable = false, defaultExpression = "now()") Instant createdAt;
                        }
                        """));

        assertThat(changed.diagnostics()).contains("    - column node.name  (destructive)\n")
                .contains("    note: column \"name\" of table node disappeared while \"title\" appeared; if this is a"
                        + " rename, annotate the new column with @Column(renamedFrom = \"name\"), otherwise accept the"
                        + " drop (its data is lost)\n");
    }
}
