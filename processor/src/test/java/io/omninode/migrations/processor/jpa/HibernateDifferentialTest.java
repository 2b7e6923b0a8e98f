package io.omninode.migrations.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.internal.introspect.Introspection;
import io.omninode.migrations.internal.introspect.LiveSchema;
import io.omninode.migrations.processor.MigrationProcessor;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential suite: for each model of {@link JpaCorpus}, the processor's entity snapshot applied to
 * one database and Hibernate ORM 7's own {@code create} in another introspect the same. Deliberate
 * differences would be listed in {@link JpaCorpus#DELIBERATE_DIFFERENCES} and the README; there are none.
 */
@PostgresTest
class HibernateDifferentialTest {

    static Stream<JpaCorpus.Model> models() {
        return JpaCorpus.MODELS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void snapshotIsTheSchemaHibernateCreates(JpaCorpus.Model model, TestDatabase server, @TempDir Path work)
            throws Exception {
        Path classes = compile(model, work);
        Schema snapshot = snapshot(classes);
        try (URLClassLoader loader = loader(classes);
                HibernateSchema hibernate = HibernateSchema.scratch(server);
                HibernateSchema ours = HibernateSchema.scratch(server)) {
            hibernate.create(entities(model, loader), model.snakeCase());
            try (Connection connection = ours.connect()) {
                Operations op = EngineOperations.on(connection);
                SchemaDiff.between(Schema.EMPTY, snapshot).forEach(op::apply);
            }
            Schema theirs = introspect(hibernate);
            Schema mine = introspect(ours);
            List<SchemaChange> differences = SchemaDiff.between(mine, theirs);
            assertThat(differences).as("from our snapshot %s%nto Hibernate's schema %s", mine, theirs).isEmpty();
        }
    }

    static Stream<JpaCorpus.Change> changes() {
        return JpaCorpus.CHANGES.stream();
    }

    /**
     * The changes a migration stub is written from (the snapshot before to the snapshot after), applied to
     * the schema Hibernate created for the entities before, give the schema it creates for them after.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void entityChangeTakesHibernatesSchemaToHibernatesNextSchema(JpaCorpus.Change change, TestDatabase server,
            @TempDir Path work) throws Exception {
        Path before = compile(change.before(), work.resolve("before"));
        Path after = compile(change.after(), work.resolve("after"));
        List<SchemaChange> stub = SchemaDiff.between(snapshot(before), snapshot(after));
        assertThat(stub).isNotEmpty();
        try (URLClassLoader beforeLoader = loader(before); URLClassLoader afterLoader = loader(after);
                HibernateSchema old = HibernateSchema.scratch(server);
                HibernateSchema changed = HibernateSchema.scratch(server)) {
            old.create(entities(change.before(), beforeLoader), change.before().snakeCase());
            changed.create(entities(change.after(), afterLoader), change.after().snakeCase());
            try (Connection connection = old.connect()) {
                Operations op = EngineOperations.on(connection);
                stub.forEach(op::apply);
            }
            assertThat(SchemaDiff.between(introspect(old), introspect(changed))).as("after %s", stub).isEmpty();
        }
    }

    private static Schema snapshot(Path classes) throws Exception {
        return SchemaSnapshot.fromJson(Files.readString(classes.resolve(SchemaSnapshot.ENTITY_RESOURCE)));
    }

    private static URLClassLoader loader(Path classes) throws Exception {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, HibernateDifferentialTest.class.getClassLoader());
    }

    private static List<Class<?>> entities(JpaCorpus.Model model, ClassLoader loader) throws Exception {
        List<Class<?>> entities = new ArrayList<>();
        for (String name : model.entityClasses()) {
            entities.add(loader.loadClass(name));
        }
        return entities;
    }

    private static Schema introspect(HibernateSchema database) throws Exception {
        try (Connection connection = database.connect()) {
            Introspection live = LiveSchema.read(connection, List.of("public"), Set.<QualifiedName>of());
            return live.schema();
        }
    }

    private static Path compile(JpaCorpus.Model model, Path work) throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT,
                    List.of(Files.createDirectories(work.resolve("generated"))));
            List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path")));
            if (model.snakeCase()) {
                options.add("-Aomninode.migrations.namingStrategy=snake_case");
            }
            var diagnostics = new javax.tools.DiagnosticCollector<JavaFileObject>();
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, model.sources());
            task.setProcessors(List.of(new MigrationProcessor()));
            boolean success = task.call();
            assertThat(success).as("compiled %s: %s", model, diagnostics.getDiagnostics()).isTrue();
        }
        return classes;
    }
}
