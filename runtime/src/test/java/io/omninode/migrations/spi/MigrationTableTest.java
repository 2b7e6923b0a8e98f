package io.omninode.migrations.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTableTest {

    private static final MigrationScript SCRIPT = new MigrationScript() {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    };

    private static final MigrationFactory FACTORY = index -> SCRIPT;

    private static List<MigrationDescriptor> read(String... rows) {
        MigrationTable table = new MigrationTable(FACTORY, rows.length);
        table.addRows(rows);
        return table.descriptors();
    }

    @Test
    void aRowWrittenByRowReadsBackAsTheSameDescriptor() {
        String message = "quote \" backslash \\ pipe | comma , \\| newline\n tab\t \u00e9\u65e5 \ud83d\ude00 |||";
        List<String> labels = List.of("core, main|x\\y", "a b", "\\", ",", "|");
        String row = MigrationTable.row("r2", List.of("r0", "r1"), List.of("core, main|x\\y"), labels, false,
                "v2:abc", "def0", "com.example.V2", message);

        MigrationDescriptor descriptor = read(row).get(0);

        assertThat(descriptor.revision()).isEqualTo("r2");
        assertThat(descriptor.downRevisions()).containsExactly("r0", "r1");
        assertThat(descriptor.dependsOn()).containsExactly("core, main|x\\y");
        assertThat(descriptor.branchLabels()).isEqualTo(labels);
        assertThat(descriptor.transactional()).isFalse();
        assertThat(descriptor.checksum()).isEqualTo("v2:abc");
        assertThat(descriptor.legacyChecksum()).isEqualTo("def0");
        assertThat(descriptor.className()).isEqualTo("com.example.V2");
        assertThat(descriptor.message()).isEqualTo(message);
        assertThat(descriptor.factory().get()).isSameAs(SCRIPT);
    }

    @Test
    void emptyListsAndNoFileChecksumReadBackEmptyAndNull() {
        String row = MigrationTable.row("base", List.of(), List.of(), List.of(), true, "v2:x", null, "V1", "");

        assertThat(row).isEqualTo("base||||true|v2:x||V1|");
        MigrationDescriptor descriptor = read(row).get(0);
        assertThat(descriptor.downRevisions()).isEmpty();
        assertThat(descriptor.dependsOn()).isEmpty();
        assertThat(descriptor.branchLabels()).isEmpty();
        assertThat(descriptor.transactional()).isTrue();
        assertThat(descriptor.legacyChecksum()).isNull();
        assertThat(descriptor.message()).isEmpty();
    }

    @Test
    void rowsKeepTheirOrderAndIndexAcrossCalls() {
        MigrationTable table = new MigrationTable(index -> {
            throw new IndexOutOfBoundsException("asked for " + index);
        }, 3);
        table.addRows(new String[] {"a||||true|v2:a||A|first", "b|a|||true|v2:b||B|second"});
        table.addRows(new String[] {"c|b|||true|v2:c||C|third"});

        List<MigrationDescriptor> descriptors = table.descriptors();
        assertThat(descriptors).extracting(MigrationDescriptor::revision).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> descriptors.get(2).factory().get()).hasMessage("asked for 2");
    }

    @Test
    void aRegistryOfOneAddCallPerMigrationStillLoadsNextToRows() {
        // the form processors wrote before rows: a project compiled then loads without recompiling
        MigrationTable table = new MigrationTable(FACTORY, 2);
        table.add("a", new String[0], new String[0], new String[] {"core"}, "first", true, "v2:a", "f00", "A");
        table.addRows(new String[] {"b|a|core||false|v2:b||B|second"});

        List<MigrationDescriptor> descriptors = table.descriptors();
        assertThat(descriptors.get(0).branchLabels()).containsExactly("core");
        assertThat(descriptors.get(0).legacyChecksum()).isEqualTo("f00");
        assertThat(descriptors.get(1).dependsOn()).containsExactly("core");
        assertThat(descriptors.get(1).toRevision().downRevisions()).containsExactly("a");
    }

    @Test
    void aRowThatEndsBeforeItsMessageNamesTheRegistryAndTheFix() {
        assertThatThrownBy(() -> read("a||||true|v2:a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a malformed migration row (it ends before its message): \"a||||true|v2:a\"")
                .hasMessageContaining("recompile the project");
    }

    @Test
    void aTransactionalFlagOtherThanTrueOrFalseIsMalformed() {
        assertThatThrownBy(() -> read("a||||yes|v2:a||A|m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transactional is \"yes\", not true or false");
    }

    @Test
    void moreRowsThanTheCapacityDeclaredAskForARecompile() {
        MigrationTable table = new MigrationTable(FACTORY, 1);

        assertThatThrownBy(() -> table.addRows(new String[] {"a||||true|v2:a||A|", "b|a|||true|v2:b||B|"}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("adds more than the 1 migrations it declared");
    }

    @Test
    void aPlainFieldHoldingASeparatorOrAnEmptyListItemIsRefusedWhenWriting() {
        assertThatThrownBy(() -> MigrationTable.row("a|b", List.of(), List.of(), List.of(), true, "v2:x", null, "V",
                "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revision \"a|b\"");
        assertThatThrownBy(() -> MigrationTable.row("a", List.of(), List.of(), List.of(""), true, "v2:x", null, "V",
                "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty item");
    }
}
