package io.omninode.migrations;

import io.omninode.migrations.config.FluentConfiguration;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Migrator tests on the class's database, each test starting from an empty public schema. */
@PostgresTest
abstract class MigratorDatabaseTest {

    protected final TestDatabase database;

    MigratorDatabaseTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptySchema() {
        Sql.resetSchema(database);
    }

    FluentConfiguration configure(List<MigrationDescriptor> migrations) {
        return Migrator.configure().dataSource(database.dataSource()).migrations(migrations);
    }

    Migrator migrator(List<MigrationDescriptor> migrations) {
        return configure(migrations).load();
    }
}
