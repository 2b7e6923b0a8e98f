package io.omninode.migrations.examples.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What this module's own build did: the processor read the JPA entities (snake_case names), compared
 * them with the snapshot of head revision 5a1e0c0ffee1 and, for the field added since, wrote the stub
 * of the migration that adds the column.
 */
class JpaEntitiesDriveAStubTest {

    private static final Path STUBS = Path.of("target/omninode-migrations/stubs/io/omninode/migrations/examples/jpa");

    @Test
    void theAddedFieldBecomesAStubThatAddsItsColumnAfterTheHead() throws IOException {
        List<Path> stubs;
        try (Stream<Path> files = Files.list(STUBS)) {
            stubs = files.toList();
        }

        assertThat(stubs).hasSize(1);
        assertThat(Files.readString(stubs.get(0)))
                .contains("downRevision = \"5a1e0c0ffee1\"")
                .contains("+ column purchase_order.shipped_at timestamptz(6)")
                .contains("op.addColumn(\"purchase_order\", Column.of(\"shipped_at\", \"timestamptz(6)\"));")
                .contains("op.dropColumn(\"purchase_order\", \"shipped_at\");");
    }

    @Test
    void theEntitySnapshotHasHibernatesTypesAndNames() throws IOException {
        String snapshot = Files.readString(Path.of("target/classes/META-INF/omninode-migrations/schema.json"));

        assertThat(snapshot).contains("\"name\": \"purchase_order\"", "\"name\": \"customer_id\"",
                "\"name\": \"purchase_order_seq\"", "\"incrementBy\": 50", "\"type\": \"numeric(38,2)\"",
                "\"name\": \"shipped_at\"");
    }
}
