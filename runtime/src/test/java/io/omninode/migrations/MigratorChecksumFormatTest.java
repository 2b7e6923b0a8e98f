package io.omninode.migrations;

import static io.omninode.migrations.Sql.rows;
import static io.omninode.migrations.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Databases migrated by earlier versions recorded whole-file checksums; this version's registries carry
 * the code checksum and that whole-file one, and each recording is compared with the value of its own form.
 */
class MigratorChecksumFormatTest extends MigratorDatabaseTest {

    private static final String WHOLE_FILE = "abdfc115637cdff5fc5acd9f610ec1a1de89a5d775ac4cbe4256545b48c5e712";
    private static final String WHOLE_FILE_EDITED = "490627bddaeba0eceae479addf706069be8dcccc0c3da721ed22ae11ef0e55c7";
    private static final String CODE = "v2:cm3qkusJhFVicbeEZyzRffisrbZmnfp9T2ikN7oLqIU";
    private static final String CODE_EDITED = "v2:4lWD9oGTcf2RC_KmhrQplWX_h3P8nW52IkG_TxH2Oxk";

    MigratorChecksumFormatTest(TestDatabase database) {
        super(database);
    }

    @Test
    void unchangedMigrationRecordedByAnEarlierVersionIsCleanAndTheUpgradeRuns() {
        appliedByAnEarlierVersion();

        Migrator strict = strict(List.of(
                TestMigration.revision("a1").creatingTable().checksum(CODE).legacyChecksum(WHOLE_FILE).build(),
                TestMigration.revision("a2").after("a1").creatingTable().checksum(CODE_EDITED).build()));

        assertThat(strict.current().changed()).isEmpty();
        assertThat(strict.current().changed()).isEmpty();
        assertThat(strict.upgrade("head").steps()).hasSize(1);
        assertThat(rows(database, "select revision, checksum from omninode_migration_log order by id"))
                .containsExactly("a1|" + WHOLE_FILE, "a2|" + CODE_EDITED);
    }

    @Test
    void editedMigrationRecordedByAnEarlierVersionIsStillCaught() {
        appliedByAnEarlierVersion();

        Migrator strict = strict(List.of(
                TestMigration.revision("a1").creatingTable().checksum(CODE).legacyChecksum(WHOLE_FILE_EDITED).build(),
                TestMigration.revision("a2").after("a1").creatingTable().build()));

        assertThat(strict.current().changed())
                .containsExactly(new ChecksumMismatch("a1", WHOLE_FILE, WHOLE_FILE_EDITED));
        ChecksumMismatchException refused = catchThrowableOfType(ChecksumMismatchException.class,
                () -> strict.upgrade("head"));
        assertThat(refused.getMessage()).startsWith("applied revision(s) a1 changed since they ran");
        assertThat(versions(database)).containsExactly("a1");
    }

    @Test
    void codeChecksumRecordingIsComparedWithTheCodeChecksumOnly() {
        migrator(List.of(TestMigration.revision("a1").creatingTable().checksum(CODE).legacyChecksum(WHOLE_FILE)
                .build())).upgrade("head");

        Migrator commentEdited = strict(List.of(TestMigration.revision("a1").creatingTable()
                .checksum(CODE).legacyChecksum(WHOLE_FILE_EDITED).build()));
        assertThat(commentEdited.current().changed()).isEmpty();

        Migrator statementEdited = strict(List.of(TestMigration.revision("a1").creatingTable()
                .checksum(CODE_EDITED).legacyChecksum(WHOLE_FILE).build()));
        assertThat(statementEdited.current().changed())
                .containsExactly(new ChecksumMismatch("a1", CODE, CODE_EDITED));
    }

    /** What the previous version did: its registry's only checksum was the whole-file one, and it recorded that. */
    private void appliedByAnEarlierVersion() {
        migrator(List.of(TestMigration.revision("a1").creatingTable().checksum(WHOLE_FILE).build())).upgrade("head");
        assertThat(rows(database, "select checksum from omninode_migration_log")).containsExactly(WHOLE_FILE);
    }

    private Migrator strict(List<MigrationDescriptor> migrations) {
        return configure(migrations).properties(Map.of("checksum_mode", "fail")).load();
    }
}
