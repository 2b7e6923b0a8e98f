package io.omninode.migrations.test.bridge;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import java.util.List;

/**
 * Stands in for the registry the processor generates in a user's project: two revisions, found through
 * {@code META-INF/services} by {@link io.omninode.migrations.test.MigrationTest}, with their snapshots in
 * {@code src/test/schema}.
 */
public final class BridgeRegistry implements MigrationRegistry {

    @Override
    public List<MigrationDescriptor> migrations() {
        return List.of(
                descriptor("5e1a7c0de001", List.of(), "create node registration", new SqlScript(
                        "create table node_registration (id bigint not null, name text not null)",
                        "drop table node_registration")),
                descriptor("5e1a7c0de002", List.of("5e1a7c0de001"), "add node status", new SqlScript(
                        "alter table node_registration add column status text",
                        "alter table node_registration drop column status")));
    }

    private static MigrationDescriptor descriptor(String revision, List<String> down, String message,
            MigrationScript script) {
        return new MigrationDescriptor(revision, down, List.of(), List.of(), message, true, "sha-" + revision, null,
                SqlScript.class.getName(), () -> script);
    }

    private record SqlScript(String up, String down) implements MigrationScript {

        @Override
        public void upgrade(Operations op) {
            op.execute(up);
        }

        @Override
        public void downgrade(Operations op) {
            op.execute(down);
        }
    }
}
