package io.omninode.migrations.test.bridge;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stands in for the registry the processor generates in a user's project: two revisions, found through
 * {@code META-INF/services} by {@link io.omninode.migrations.test.MigrationTest}, with their snapshots in
 * {@code src/test/schema}.
 */
public final class BridgeRegistry implements MigrationRegistry {

    @Override
    public List<MigrationDescriptor> migrations() {
        return List.of(
                descriptor(CreateNodeRegistration.REVISION, List.of(), "create node registration",
                        CreateNodeRegistration.class, CreateNodeRegistration::new),
                descriptor(AddNodeStatus.REVISION, List.of(CreateNodeRegistration.REVISION), "add node status",
                        AddNodeStatus.class, AddNodeStatus::new));
    }

    private static MigrationDescriptor descriptor(String revision, List<String> down, String message,
            Class<? extends MigrationScript> type, Supplier<MigrationScript> factory) {
        return new MigrationDescriptor(revision, down, List.of(), List.of(), message, true, "sha-" + revision, null,
                type.getName(), factory);
    }
}
