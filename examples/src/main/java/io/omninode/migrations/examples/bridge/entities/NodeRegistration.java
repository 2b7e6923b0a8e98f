package io.omninode.migrations.examples.bridge.entities;

import io.omninode.migrations.annotations.Column;
import io.omninode.migrations.annotations.Id;
import io.omninode.migrations.annotations.Table;
import io.omninode.migrations.annotations.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/** An ONEX node that registered with the bridge. */
@Table(name = "node_registrations", comment = "ONEX nodes known to the bridge",
        uniques = @UniqueConstraint(name = "uq_node_registrations_endpoint", columns = "endpoint"))
public record NodeRegistration(
        @Id UUID nodeId,
        @Column(length = 64, nullable = false) String nodeType,
        @Column(nullable = false) String endpoint,
        @Column(nullable = false, defaultValue = "active") NodeStatus status,
        @Column(nullable = false, defaultExpression = "now()") Instant registeredAt,
        @Column(length = 32, nullable = false) String region) {}
