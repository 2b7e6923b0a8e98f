package io.omninode.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.omninode.migrations.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entity diagnostic: message, file, line, count, and that no snapshot is written on error. */
class EntityDiagnosticsTest {

    private static final JavaFileObject NODE = entity("Node", """
            @Table
            public class Node {
                @Id UUID id;
                String name;
            }
            """);

    private static final JavaFileObject KEYLESS = entity("Keyless", """
            @Table
            public class Keyless {
                String name;
            }
            """);

    /** Exactly one error: the message (or its start), in the file, on the line. */
    private static void assertOneError(Compilation compilation, String message, JavaFileObject file, String line) {
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new MigrationProcessor()).compile(sources);
    }

    private static JavaFileObject entity(String name, String body) {
        return source("com.example.db." + name, """
                package com.example.db;

                import io.omninode.migrations.annotations.*;
                import java.util.List;
                import java.util.UUID;

                """ + body);
    }

    @Test
    void neitherSnapshotNorRegistryIsWrittenWhenAnEntityHasAnError(@TempDir Path work) throws IOException {
        JavaFileObject tagged = entity("Tagged", """
                @Table
                public class Tagged {
                    @Id long id;
                    List<String> tags;
                }
                """);

        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of(),
                List.of(new MigrationProcessor()), NODE, tagged, Sources.migration("V1", """
                        revision = "1975ea83b712",
                        message = "first"""));

        org.assertj.core.api.Assertions.assertThat(result.success()).isFalse();
        org.assertj.core.api.Assertions.assertThat(result.classes().resolve(MigrationProcessor.ENTITY_SNAPSHOT))
                .doesNotExist();
        org.assertj.core.api.Assertions.assertThat(result.generatedSources().resolve(
                "com/example/db/GeneratedMigrationRegistry.java")).doesNotExist();
    }

    @Test
    void strictModeWithSeveralHeadsIsAnErrorOnTheLastHeadSayingWhyAndHowToMerge(@TempDir Path schemaDir) {
        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .withOptions("-Aomninode.migrations.schemaDir=" + schemaDir, "-Aomninode.migrations.strict=true")
                .compile(EntityCheckFixture.BASE, EntityCheckTest.LEFT_HEAD, EntityCheckTest.RIGHT_HEAD, NODE);

        assertOneError(compilation, "[OmniNode/EntitiesSeveralHeads] strict mode cannot check the entities: the graph"
                + " has several heads [left1, right1], each with its own schema, so there is no single revision"
                + " snapshot to compare them with; merge them first: omninode-migrate merge heads -m \"merge heads\"",
                EntityCheckTest.RIGHT_HEAD, "@Migration(");
    }

    @Test
    void strictModeReportsAnEntityChangeOnTheTableAnnotationOfTheChangedEntity(@TempDir Path schemaDir) {
        String[] options = {"-Aomninode.migrations.schemaDir=" + schemaDir, "-Aomninode.migrations.strict=true",
            "-Aomninode.migrations.stubDir=" + schemaDir.resolve("stubs")};
        // the head's snapshot, written by a first compilation
        assertThat(Compiler.javac().withProcessors(new MigrationProcessor()).withOptions((Object[]) options)
                .compile(EntityCheckFixture.BASE, EntitySources.NODE_STATUS, EntitySources.NODE, EntitySources.EVENT))
                .succeeded();

        Compilation changed = Compiler.javac().withProcessors(new MigrationProcessor()).withOptions((Object[]) options)
                .compile(EntityCheckFixture.BASE, EntitySources.NODE_STATUS, EntitySources.NODE, EntitySources.EVENT_V2);

        assertOneError(changed, "[OmniNode/EntitiesChanged] the entities differ from the snapshot of head revision "
                + EntityCheckFixture.HEAD, EntitySources.EVENT_V2, "@Table(");
    }

    @Test
    void fieldTypeWithoutMappingIsAnErrorOnTheField() {
        JavaFileObject tagged = entity("Tagged", """
                @Table
                public class Tagged {
                    @Id long id;
                    List<String> tags;
                }
                """);

        Compilation compilation = compile(tagged);

        assertOneError(compilation, "[OmniNode/UnmappedType] field Tagged.tags has type"
                        + " java.util.List<java.lang.String>, which has no default PostgreSQL mapping; give the column"
                        + " type, e.g. @Column(type = \"jsonb\")",
                tagged, "List<String> tags;");
    }

    @Test
    void explicitTypeMapsAnyField() {
        JavaFileObject tagged = entity("Tagged", """
                @Table
                public class Tagged {
                    @Id long id;
                    @Column(type = "text[]") List<String> tags;
                }
                """);

        assertThat(compile(tagged)).succeededWithoutWarnings();
    }

    @Test
    void duplicateTableIsAnErrorOnTheSecondEntity() {
        JavaFileObject other = entity("OtherNode", """
                @Table(name = "node")
                public class OtherNode {
                    @Id UUID id;
                }
                """);

        Compilation compilation = compile(NODE, other);

        assertOneError(compilation, "[OmniNode/DuplicateTable] table node is declared by both"
                        + " com.example.db.Node and com.example.db.OtherNode; give one of them another @Table(name = ...)",
                other, "@Table(name = \"node\")");
    }

    @Test
    void duplicateColumnIsAnErrorOnTheSecondField() {
        JavaFileObject twice = entity("Twice", """
                @Table
                public class Twice {
                    @Id long id;
                    String title;
                    @Column(name = "title") String heading;
                }
                """);

        Compilation compilation = compile(twice);

        assertOneError(compilation, "[OmniNode/DuplicateColumn] column \"title\" of table twice comes"
                        + " from both title and heading; give one of them another @Column(name = ...)",
                twice, "String heading;");
    }

    @Test
    void foreignKeyToUnknownTableIsAnError() {
        JavaFileObject event = entity("Event", """
                @Table
                public class Event {
                    @Id long id;
                    @References(table = "nodes") UUID nodeId;
                }
                """);

        Compilation compilation = compile(NODE, event);

        assertOneError(compilation, "[OmniNode/UnknownTable] foreign key event_node_id_fkey references"
                        + " table nodes, which no @Table entity declares; fix the name or declare the table",
                event, "@References(table = \"nodes\")");
    }

    @Test
    void foreignKeyToUnknownColumnIsAnError() {
        JavaFileObject event = entity("Event", """
                @Table
                public class Event {
                    @Id long id;
                    @References(table = "node", column = "uuid") UUID nodeId;
                }
                """);

        Compilation compilation = compile(NODE, event);

        assertOneError(compilation, "[OmniNode/UnknownColumn] foreign key event_node_id_fkey names"
                        + " column \"uuid\", which table node does not have (its columns: id, name)",
                event, "@References(table = \"node\", column = \"uuid\")");
    }

    @Test
    void foreignKeyWithMismatchedColumnCountsIsAnError() {
        JavaFileObject link = entity("Link", """
                @Table(foreignKeys = @ForeignKey(columns = {"a", "b"}, table = "node", referencedColumns = "id"))
                public class Link {
                    @Id long id;
                    UUID a;
                    UUID b;
                }
                """);

        Compilation compilation = compile(NODE, link);

        assertOneError(compilation, "[OmniNode/ForeignKeyColumnCount] foreign key link_a_b_fkey has 2"
                        + " columns but references 1; list one referenced column per referencing column",
                link, "@Table(foreignKeys = @ForeignKey(");
    }

    @Test
    void foreignKeyWithoutColumnsToATableWithoutSingleKeyIsAnError() {
        JavaFileObject keyless = entity("Loose", """
                @Table
                public class Loose {
                    @Id long a;
                    @Id long b;
                }
                """);
        JavaFileObject pointer = entity("Pointer", """
                @Table
                public class Pointer {
                    @Id long id;
                    @References(table = "loose") Long looseId;
                }
                """);

        Compilation compilation = compile(keyless, pointer);

        assertOneError(compilation, "[OmniNode/NoReferencedKey] foreign key pointer_loose_id_fkey references table"
                        + " loose without naming columns, but loose has no single-column primary key; name the"
                        + " referenced columns",
                pointer, "@References(table = \"loose\")");
    }

    @Test
    void oneEnumTypeNameForTwoJavaEnumsIsAnError() {
        JavaFileObject first = source("com.example.db.Mood", """
                package com.example.db;

                @io.omninode.migrations.annotations.PgEnum(name = "mood")
                public enum Mood { HAPPY, SAD }
                """);
        JavaFileObject second = source("com.example.db.Feeling", """
                package com.example.db;

                @io.omninode.migrations.annotations.PgEnum(name = "mood")
                public enum Feeling { CALM }
                """);
        JavaFileObject person = entity("Person", """
                @Table
                public class Person {
                    @Id long id;
                    Mood mood;
                    Feeling feeling;
                }
                """);

        Compilation compilation = compile(first, second, person);

        assertOneError(compilation, "[OmniNode/ConflictingEnum] PostgreSQL enum type mood is mapped from both"
                        + " com.example.db.Mood and com.example.db.Feeling with different labels; give one of them"
                        + " another @PgEnum(name = ...)",
                person, "Feeling feeling;");
    }

    @Test
    void indexOnUnknownColumnIsAnError() {
        JavaFileObject indexed = entity("Indexed", """
                @Table(indexes = @Index(columns = "missing"))
                public class Indexed {
                    @Id long id;
                }
                """);

        Compilation compilation = compile(indexed);

        assertOneError(compilation, "[OmniNode/UnknownColumn] index indexed_missing_idx of table"
                        + " indexed names column \"missing\", which table indexed does not have (its columns: id)",
                indexed, "@Table(indexes = @Index(columns = \"missing\"))");
    }

    @Test
    void entityGeneratedAfterTheSchemaWasBuiltIsAnError() {
        Compilation compilation = Compiler.javac()
                // the generator goes first: it claims nothing, so it runs in round 1 whatever the sources hold
                .withProcessors(new LateSourceGenerator("com.example.db.Late", """
                        package com.example.db;

                        @io.omninode.migrations.annotations.Table
                        public class Late {
                            @io.omninode.migrations.annotations.Id long id;
                        }
                        """), new MigrationProcessor())
                .compile(NODE);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidEntity] com.example.db.Late: appeared in"
                + " annotation-processing round 2, after the entity schema was built; entities must be written by"
                + " hand, not generated by another annotation processor");
    }

    @Test
    void tableOnAnInterfaceIsAnError() {
        JavaFileObject shape = entity("Shape", """
                @Table
                public interface Shape {
                }
                """);

        Compilation compilation = compile(shape);

        assertOneError(compilation, "[OmniNode/InvalidEntity] com.example.db.Shape: @Table goes on a"
                        + " class or a record, whose fields (or components) are the columns",
                shape, "@Table");
    }

    @Test
    void nameOver63BytesIsAnError() {
        String longName = "a_table_name_that_is_far_too_long_for_postgresql_to_keep_it_whole";
        JavaFileObject named = entity("Named", """
                @Table(name = "%s")
                public class Named {
                    @Id long id;
                }
                """.formatted(longName));

        Compilation compilation = compile(named);

        assertOneError(compilation, "[OmniNode/NameTooLong] table name \"" + longName + "\" is 65 bytes;"
                        + " PostgreSQL names are at most 63 bytes and longer ones are silently truncated; give a shorter name",
                named, "@Table(name = ");
    }

    @Test
    void derivedConstraintNameOver63BytesIsAnError() {
        JavaFileObject wide = entity("Wide", """
                @Table
                public class Wide {
                    @Id long id;
                    @Column(unique = true) String aRatherLongColumnNameThatGoesOnAndOnAndOnForever;
                }
                """);

        Compilation compilation = compile(wide);

        assertOneError(compilation, "[OmniNode/NameTooLong] unique constraint name"
                        + " \"wide_a_rather_long_column_name_that_goes_on_and_on_and_on_forever_key\" is 69 bytes",
                wide, "@Column(unique = true)");
    }

    @Test
    void tableWithoutPrimaryKeyIsAWarning() {
        JavaFileObject keyless = KEYLESS;

        Compilation compilation = compile(keyless);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[OmniNode/NoPrimaryKey] table keyless (com.example.db.Keyless)"
                        + " has no primary key; mark its key field(s) with @Id")
                .inFile(keyless).onLineContaining("@Table");
    }

    @Test
    void tableWithoutPrimaryKeyIsAnErrorWhenStrict() {
        JavaFileObject keyless = KEYLESS;

        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .withOptions("-Aomninode.migrations.strict=true").compile(keyless);

        assertOneError(compilation, "[OmniNode/NoPrimaryKey] table keyless",
                keyless, "@Table");
    }

    @Test
    void invalidDefaultAndLengthOnNonStringAreErrorsAndAllAreReported() {
        JavaFileObject bad = entity("Bad", """
                @Table
                public class Bad {
                    @Id long id;
                    @Column(defaultValue = "many") int count;
                    @Column(length = 3) long size;
                }
                """);

        Compilation compilation = compile(bad);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidEntity] column bad.count: defaultValue \"many\""
                        + " does not fit the column")
                .inFile(bad).onLineContaining("@Column(defaultValue = \"many\")");
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidEntity] column bad.size: length applies to String"
                        + " fields only")
                .inFile(bad).onLineContaining("@Column(length = 3)");
    }
}
