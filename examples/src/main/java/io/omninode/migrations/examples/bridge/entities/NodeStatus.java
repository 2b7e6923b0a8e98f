package io.omninode.migrations.examples.bridge.entities;

import io.omninode.migrations.annotations.PgEnum;

/**
 * A node's life cycle, the PostgreSQL enum {@code node_status}. The labels are the constant names, and
 * the bridge has always stored them in lower case, so the constants are lower case too.
 */
@PgEnum(name = "node_status")
public enum NodeStatus {
    active,
    maintenance,
    draining,
    retired
}
