package io.omninode.migrations.processor;

import static io.omninode.migrations.processor.Sources.source;

import javax.tools.JavaFileObject;

/** A representative set of entities (the OmniNode Bridge shape), before and after a change. */
final class EntitySources {

    private EntitySources() {}

    static final JavaFileObject NODE_STATUS = source("com.example.db.NodeStatus", """
            package com.example.db;

            import io.omninode.migrations.annotations.PgEnum;

            @PgEnum(name = "node_status")
            public enum NodeStatus { ACTIVE, RETIRED }
            """);

    static final JavaFileObject NODE = source("com.example.db.Node", """
            package com.example.db;

            import io.omninode.migrations.annotations.Column;
            import io.omninode.migrations.annotations.Id;
            import io.omninode.migrations.annotations.Index;
            import io.omninode.migrations.annotations.Table;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.UUID;

            @Table(comment = "a node of the bridge",
                    indexes = @Index(columns = "status", where = "status <> 'RETIRED'"))
            public class Node {
                static int instances;
                transient String cache;

                @Id UUID id;
                @Column(length = 200, unique = true) String name;
                @Column(nullable = false, defaultValue = "ACTIVE") NodeStatus status;
                @Column(precision = 12, scale = 2, defaultValue = "0") BigDecimal balance;
                @Column(nullable = false, defaultExpression = "now()") Instant createdAt;
            }
            """);

    static final JavaFileObject EVENT = source("com.example.db.Event", """
            package com.example.db;

            import io.omninode.migrations.annotations.Check;
            import io.omninode.migrations.annotations.Column;
            import io.omninode.migrations.annotations.Id;
            import io.omninode.migrations.annotations.Index;
            import io.omninode.migrations.annotations.References;
            import io.omninode.migrations.annotations.Table;
            import java.time.LocalDate;
            import java.time.OffsetDateTime;
            import java.util.UUID;

            @Table(name = "event",
                    indexes = {
                        @Index(name = "ix_event_created_at", columns = {"node_id", "created_at"}),
                        @Index(columns = "payload", method = Index.Method.GIN)},
                    checks = @Check(name = "ck_event_kind", expression = "kind <> ''"))
            public record Event(
                    @Id(generated = Id.Generated.ALWAYS) long id,
                    @References(table = "node", onDelete = References.Action.CASCADE) UUID nodeId,
                    @Column(length = 40) String kind,
                    @Column(type = "jsonb") String payload,
                    @Column(defaultExpression = "now()") OffsetDateTime createdAt,
                    boolean handled,
                    LocalDate day) {}
            """);

    /** The change under test: node.status becomes text, a bridge table appears, an index goes. */
    static final JavaFileObject NODE_V2 = source("com.example.db.Node", """
            package com.example.db;

            import io.omninode.migrations.annotations.Column;
            import io.omninode.migrations.annotations.Id;
            import io.omninode.migrations.annotations.Table;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.UUID;

            @Table(comment = "a node of the bridge")
            public class Node {
                @Id UUID id;
                @Column(name = "title", length = 200, unique = true, renamedFrom = "name") String name;
                @Column(nullable = false, defaultValue = "ACTIVE") NodeStatus status;
                @Column(precision = 12, scale = 2, defaultValue = "0") BigDecimal balance;
                @Column(nullable = false, defaultExpression = "now()") Instant createdAt;
                @Column(length = 400) String description;
            }
            """);

    static final JavaFileObject EVENT_V2 = source("com.example.db.Event", """
            package com.example.db;

            import io.omninode.migrations.annotations.Check;
            import io.omninode.migrations.annotations.Column;
            import io.omninode.migrations.annotations.Id;
            import io.omninode.migrations.annotations.Index;
            import io.omninode.migrations.annotations.References;
            import io.omninode.migrations.annotations.Table;
            import java.time.OffsetDateTime;
            import java.util.UUID;

            @Table(name = "event",
                    indexes = @Index(columns = "payload", method = Index.Method.GIN),
                    checks = @Check(name = "ck_event_kind", expression = "kind <> ''"))
            public record Event(
                    @Id(generated = Id.Generated.ALWAYS) long id,
                    @References(table = "node", onDelete = References.Action.CASCADE) UUID nodeId,
                    @Column(length = 80) String kind,
                    @Column(type = "jsonb") String payload,
                    @Column(defaultExpression = "now()") OffsetDateTime createdAt,
                    boolean handled) {}
            """);

    static final JavaFileObject BRIDGE = source("com.example.db.Bridge", """
            package com.example.db;

            import io.omninode.migrations.annotations.Column;
            import io.omninode.migrations.annotations.ForeignKey;
            import io.omninode.migrations.annotations.Id;
            import io.omninode.migrations.annotations.References;
            import io.omninode.migrations.annotations.Table;
            import io.omninode.migrations.annotations.UniqueConstraint;
            import java.util.UUID;

            @Table(uniques = @UniqueConstraint(name = "uq_bridge_pair", columns = {"right_id", "left_id"}),
                    foreignKeys = @ForeignKey(columns = "right_id", table = "node", referencedColumns = "id"))
            public record Bridge(
                    @Id @References(table = "node") UUID leftId,
                    @Id UUID rightId,
                    @Column(comment = "weight of the link", defaultValue = "1.5") double weight,
                    byte[] secret) {}
            """);
}
