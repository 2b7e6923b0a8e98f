package io.omninode.migrations.spring.boot.actuate;

import io.omninode.migrations.CurrentState;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/omninode}: for each {@link Migrator} bean, the database's current revisions and every
 * revision, newest first, marked applied or pending. Reads the version table on each call.
 *
 * <pre>{@code
 * {"migrators": {"omniNodeMigrator": {"current": ["b7c2d9e4f1a0"], "heads": ["b7c2d9e4f1a0"],
 *   "revisions": [{"revision": "b7c2d9e4f1a0", "downRevisions": ["5a1e0c0ffee1"], "message": "...",
 *                  "state": "applied", "head": true}, ...]}}}
 * }</pre>
 */
@Endpoint(id = "omninode")
public class OmniNodeEndpoint {

    private final Map<String, Migrator> migrators;

    /** @param migrators the migrators by bean name */
    public OmniNodeEndpoint(Map<String, Migrator> migrators) {
        this.migrators = Map.copyOf(migrators);
    }

    @ReadOperation
    public MigratorsDescriptor migrations() {
        Map<String, MigratorDescriptor> described = new LinkedHashMap<>();
        migrators.keySet().stream().sorted().forEach(name -> described.put(name, describe(migrators.get(name))));
        return new MigratorsDescriptor(described);
    }

    private static MigratorDescriptor describe(Migrator migrator) {
        CurrentState current = migrator.current();
        Set<String> applied = migrator.graph().withAncestors(ids(current.all()));
        List<RevisionDescriptor> revisions = migrator.history(null).stream()
                .map(r -> new RevisionDescriptor(r.revision(), r.downRevisions(), r.message(),
                        applied.contains(r.revision()) ? State.APPLIED : State.PENDING, r.head()))
                .toList();
        return new MigratorDescriptor(current.revisions(), ids(migrator.heads()), revisions);
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::revision).toList();
    }

    /** What the endpoint returns. */
    public record MigratorsDescriptor(Map<String, MigratorDescriptor> migrators) {}

    /**
     * One migrator's database.
     *
     * @param current the version table's rows; empty at base
     * @param heads the head revisions of the migrations
     * @param revisions every revision, newest first
     */
    public record MigratorDescriptor(List<String> current, List<String> heads, List<RevisionDescriptor> revisions) {}

    /** One revision and whether the database has it. */
    public record RevisionDescriptor(String revision, List<String> downRevisions, String message, State state,
            boolean head) {}

    /** Whether a revision is in the database. */
    public enum State {
        APPLIED,
        PENDING
    }
}
