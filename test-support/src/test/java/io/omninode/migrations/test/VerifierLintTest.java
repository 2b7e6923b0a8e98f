package io.omninode.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omninode.migrations.Direction;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.TestMigration;
import io.omninode.migrations.annotations.AllowHazards;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier lints what it verifies: an error-level hazard fails it before any step, unless allowed. */
class VerifierLintTest {

    /** A plain CREATE INDEX on a table of an earlier revision: require-concurrent-index-creation. */
    public static class IndexNodeName implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createIndex(Index.of("ix_node_name", "node", "name"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("ix_node_name");
        }
    }

    @AllowHazards(value = "require-concurrent-index-creation", reason = "node is empty in every environment")
    public static class AllowedIndexNodeName extends IndexNodeName {
    }

    private static MigrationVerifier verifier(MigrationScript b2) {
        List<MigrationDescriptor> history = List.of(
                TestMigration.revision("a1").up("create table node (id bigint not null, name text)")
                        .down("drop table node").build(),
                TestMigration.revision("b2").after("a1").script(b2).build());
        return MigrationVerifier.forMigrations(history);
    }

    @Test
    void anErrorLevelHazardFailsBeforeAnyStepNamingTheRevision() {
        MigrationVerifier verifier = verifier(new IndexNodeName());

        assertThatThrownBy(verifier::verifyAll).isInstanceOfSatisfying(MigrationVerificationError.class, e -> {
            assertThat(e.step()).isEqualTo(new MigrationStep("b2", "test.Migration_b2", "migration b2",
                    Direction.UPGRADE));
            assertThat(e.getMessage()).startsWith("lint found 1 error-level hazard not allowed by @AllowHazards, first"
                    + " in revision b2 (test.Migration_b2):\nb2 (test.Migration_b2)\n"
                    + "  error   require-concurrent-index-creation: CREATE INDEX ix_node_name ON node (name)\n"
                    + "          why: ")
                    .contains("\nUse the safe form, or annotate the migration with @AllowHazards(value ="
                            + " \"require-concurrent-index-creation\", reason = \"...\")")
                    .endsWith("MigrationVerifier.withoutLint() verifies without linting.");
        });
    }

    @Test
    void anAllowedHazardOrLintTurnedOffVerifies() {
        assertThat(verifier(new AllowedIndexNodeName()).verifyAll().steps()).isEqualTo(4);
        assertThat(verifier(new IndexNodeName()).withoutLint().verifyAll().steps()).isEqualTo(4);
    }
}
