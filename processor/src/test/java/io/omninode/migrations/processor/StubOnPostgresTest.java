package io.omninode.migrations.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.internal.engine.EngineOperations;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.change.SchemaChange;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.testing.CatalogShape;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated stub on a real database: built from the old snapshot, its upgrade yields the new
 * entity schema, and its downgrade returns to the old one.
 */
@PostgresTest
class StubOnPostgresTest {

    @Test
    void stubUpgradesTheOldSnapshotToTheEntitiesAndDowngradesBack(TestDatabase database, @TempDir Path work)
            throws Exception {
        EntityCheckFixture fixture = new EntityCheckFixture(work);
        fixture.compileOld();
        DirectoryCompiler.Result changed = fixture.compileNew();
        Schema oldSchema = fixture.oldSchema();
        Schema newSchema = EntityCheckFixture.entitySchema(changed).withRenameHints(List.of());
        Path stub = fixture.stub();
        String className = "com.example.db." + stub.getFileName().toString().replace(".java", "");
        DirectoryCompiler.Result compiled = fixture.compile("stub", List.of("-proc:none"),
                com.google.testing.compile.JavaFileObjects.forSourceString(className, Files.readString(stub)));
        assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();

        try (Connection connection = database.connect();
                var loader = compiled.classLoader()) {
            Operations op = EngineOperations.on(connection);
            for (SchemaChange change : SchemaDiff.between(Schema.EMPTY, oldSchema)) {
                op.apply(change);
            }
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(oldSchema));

            MigrationScript script = (MigrationScript) loader.loadClass(className).getConstructor().newInstance();
            script.upgrade(op);
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(newSchema));

            script.downgrade(op);
            assertThat(CatalogShape.of(connection)).isEqualTo(CatalogShape.of(oldSchema));
        }
    }
}
