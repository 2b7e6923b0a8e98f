package io.omninode.migrations;

import static io.omninode.migrations.Sql.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.diff.SchemaDiff;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: {@code Migrator.check()} and {@code validate()} compare the live database with the snapshot of
 * its revision: clean right after {@code upgrade head}, and each kind of change made by hand is reported.
 */
class MigratorCheckTest extends MigratorDatabaseTest {

    /** The schema revision c1 creates: its snapshot is this model, its database is made from the model's changes. */
    static final Schema C1 = Schema.of(List.of(
                    Table.named("node")
                            .column(Column.of("id", "bigint").notNull())
                            .column(Column.of("title", "varchar(200)").notNull().defaultValue("untitled"))
                            .column(Column.of("status", "node_status").notNull().defaultValue("active"))
                            .column(Column.of("amount", "numeric(10,2)"))
                            .primaryKey("id")
                            .check(CheckConstraint.of("node_amount_positive", "amount >= 0")),
                    Table.named("hook_events")
                            .column(Column.of("id", "bigint").notNull())
                            .column(Column.of("node_id", "bigint"))
                            .column(Column.of("created_at", "timestamptz").notNull().defaultExpression("now()"))
                            .primaryKey("id")
                            .foreignKey(ForeignKey.of("node_id").references("node", "id").named("hook_events_node_id_fkey"))),
            List.of(Index.of("ix_hook_events_node_id", "hook_events", "node_id")),
            List.of(EnumType.of("node_status", "active", "retired")), List.of());

    private Path schemaDir;

    MigratorCheckTest(TestDatabase database) {
        super(database);
    }

    @BeforeEach
    void snapshotOfC1() throws IOException {
        schemaDir = Files.createTempDirectory("omninode-schema");
        Files.writeString(schemaDir.resolve("c1.json"), SchemaSnapshot.toJson(C1));
    }

    static MigrationDescriptor creatingC1() {
        return TestMigration.revision("c1").script(new MigrationScript() {
            @Override
            public void upgrade(Operations op) {
                SchemaDiff.between(Schema.EMPTY, C1).forEach(op::apply);
            }

            @Override
            public void downgrade(Operations op) {
                SchemaDiff.between(C1, Schema.EMPTY).forEach(op::apply);
            }
        }).build();
    }

    private Migrator migrator() {
        return configure(List.of(creatingC1())).schemaDir(schemaDir).load();
    }

    @Test
    void aFreshlyMigratedDatabaseChecksCleanAndValidates() {
        Migrator migrator = migrator();
        migrator.upgrade("head");

        SchemaCheck check = migrator.check();

        assertThat(check.differences()).isEmpty();
        assertThat(check.clean()).isTrue();
        assertThat(check.revisions()).containsExactly("c1");
        assertThat(check.expected()).containsExactly("the snapshot of revision c1");
        assertThat(check.notCompared()).isEmpty();
        assertThat(migrator.validate().valid()).isTrue();
    }

    @Test
    void eachKindOfHandMadeDriftIsReportedUnderItsTable() {
        Migrator migrator = migrator();
        migrator.upgrade("head");
        execute(database, "create index ix_event_created_at on hook_events (created_at)");
        execute(database, "alter table node drop column amount");
        execute(database, "alter table node alter column title set default 'none'");
        execute(database, "create table hotfix_audit (id int)");

        SchemaCheck check = migrator.check();

        assertThat(check.byTable()).isEqualTo(Map.of(
                "table hook_events", List.of("- index ix_event_created_at"),
                "table hotfix_audit", List.of("- table hotfix_audit  (destructive)"),
                "table node", List.of("~ column node.title: default 'untitled'", "+ column node.amount numeric(10,2)",
                        "+ check node_amount_positive on node")));
        // the check went with the dropped column, so it comes back with it
        assertThat(check.changes()).hasSize(5);
        assertThat(check.lines()).containsExactly("table hook_events", "  - index ix_event_created_at",
                "table hotfix_audit", "  - table hotfix_audit  (destructive)",
                "table node", "  ~ column node.title: default 'untitled'", "  + column node.amount numeric(10,2)",
                "  + check node_amount_positive on node");
        assertThatThrownBy(migrator::validate).isInstanceOf(SchemaDriftException.class)
                .hasMessageStartingWith("the database schema differs from the snapshot of revision c1:\ntable hook_events\n"
                        + "  - index ix_event_created_at\n");
    }

    @Test
    void objectsOutsideTheModelAreListedNotIgnored() {
        Migrator migrator = migrator();
        migrator.upgrade("head");
        execute(database, "create view node_titles as select title from node");

        SchemaCheck check = migrator.check();

        assertThat(check.clean()).isTrue();
        assertThat(check.notCompared()).containsExactly(new NotComparedObject("view", "node_titles"));
    }

    @Test
    void aDatabaseBehindHeadIsNotUpToDate() {
        List<MigrationDescriptor> two = List.of(creatingC1(), TestMigration.revision("c2").after("c1").creatingTable().build());
        Migrator migrator = configure(two).schemaDir(schemaDir).load();
        migrator.upgrade("c1");

        assertThatThrownBy(migrator::check).isInstanceOf(DatabaseNotUpToDateException.class)
                .hasMessage("Target database is not up to date. It is at c1, the migrations' head is c2; run"
                        + " omninode-migrate upgrade heads (Migrator.upgrade(\"heads\")) first");
        assertThatThrownBy(migrator::validate).isInstanceOf(DatabaseNotUpToDateException.class);
    }

    @Test
    void validateNamesAnUnknownRevisionAndAnEditedMigration() {
        migrator().upgrade("head");
        execute(database, "update alembic_version set version_num = 'gone'");
        assertThatThrownBy(() -> migrator().validate()).isInstanceOf(UnknownDatabaseRevisionException.class)
                .hasMessageContaining("gone");

        execute(database, "update alembic_version set version_num = 'c1'");
        Migrator edited = configure(List.of(TestMigration.revision("c1").checksum("sha-edited").build()))
                .schemaDir(schemaDir).load();
        assertThatThrownBy(edited::validate).isInstanceOf(ChecksumMismatchException.class).hasMessageContaining("c1");
    }

    @Test
    void withNothingToCompareCheckSaysWhatToConfigure() {
        Migrator migrator = migrator(List.of(creatingC1()));
        migrator.upgrade("head");

        assertThatThrownBy(migrator::check).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("nothing to compare the database with: no entity snapshot"
                        + " (META-INF/omninode-migrations/schema.json) on the classpath and no schema folder");
        assertThat(migrator.validate().valid()).isTrue();
    }
}
