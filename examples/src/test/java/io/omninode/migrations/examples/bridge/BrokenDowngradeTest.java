package io.omninode.migrations.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.examples.bridge.migrations.V20261129_110959_fada80bdcb05_add_maintenance_node_status;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import io.omninode.migrations.test.MigrationVerificationError;
import io.omninode.migrations.test.MigrationVerifier;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The verifier catches a realistic broken downgrade in the Bridge history: fada80bdcb05's enum change with the
 * column default, dropped to change the column's type, never set again.
 */
class BrokenDowngradeTest {

    private static final String ENUM_CHANGE = "fada80bdcb05";
    /** The enum change and the revisions below it, so the verification stops at its downgrade quickly. */
    private static final Set<String> UP_TO_ENUM_CHANGE = Set.of("1975ea83b712", "2b7f0c3d9e41", "3c8e1f2a5b60",
            "4d9a2b3c6e71", "5e0b3c4d7f82", "6f1c4d5e8a93", "7a2d5e6f9b04", "ccfca00261ab", ENUM_CHANGE);

    @Test
    void enumDowngradeThatForgetsTheColumnDefaultIsNamedWithTheMissingDefault() {
        List<MigrationDescriptor> history = StreamSupport.stream(ServiceLoader.load(MigrationRegistry.class)
                        .spliterator(), false).flatMap(registry -> registry.migrations().stream())
                .filter(m -> UP_TO_ENUM_CHANGE.contains(m.revision()))
                .map(m -> m.revision().equals(ENUM_CHANGE) ? withBrokenDowngrade(m) : m).toList();

        assertThatThrownBy(MigrationVerifier.forMigrations(history)::verifyAll)
                .isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
                    assertThat(e.step().revision()).isEqualTo(ENUM_CHANGE);
                    assertThat(e.step().direction()).isEqualTo(Direction.DOWNGRADE);
                    assertThat(e.differences()).containsExactly("table node_registrations",
                            "  ~ column node_registrations.status: default 'active'");
                    assertThat(e.getMessage()).contains("does not restore the schema before its upgrade"
                            + " (revision ccfca00261ab applied last)");
                });
    }

    private static MigrationDescriptor withBrokenDowngrade(MigrationDescriptor enumChange) {
        MigrationScript broken = new MigrationScript() {
            @Override
            public void upgrade(Operations op) throws Exception {
                new V20261129_110959_fada80bdcb05_add_maintenance_node_status().upgrade(op);
            }

            @Override
            public void downgrade(Operations op) {
                op.execute("update node_registrations set status = ?::node_status where status = ?::node_status",
                        "draining", "maintenance");
                op.dropDefault("node_registrations", "status");
                op.alterColumnType("node_registrations", "status", "text");
                op.dropEnum("node_status");
                op.createEnum("node_status", "active", "draining", "retired");
                op.alterColumnType("node_registrations", "status", "node_status", "status::node_status");
            }
        };
        return new MigrationDescriptor(enumChange.revision(), enumChange.downRevisions(), enumChange.dependsOn(),
                enumChange.branchLabels(), enumChange.message(), enumChange.transactional(), enumChange.checksum(),
                enumChange.legacyChecksum(), enumChange.className(), () -> broken);
    }
}
