package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.ColumnDefault;

/**
 * add maintenance node status
 *
 * <p>An enum label added, written by hand after {@code omninode-migrate revision -m}. PostgreSQL cannot
 * drop a label, so the downgrade recreates the type, its column passing through {@code text}.
 *
 * <pre>
 * Revision ID: fada80bdcb05
 * Revises: ccfca00261ab
 * Create Date: 2026-11-29 11:09:59
 * </pre>
 */
@Migration(
        revision = "fada80bdcb05",
        downRevision = "ccfca00261ab",
        message = "add maintenance node status"
)
public final class V20261129_110959_fada80bdcb05_add_maintenance_node_status implements MigrationScript {
    @Override
    public void upgrade(Operations op) throws Exception {
        // the new label cannot be used in the transaction that adds it: no default or update using it here
        op.addEnumValueAfter("node_status", "maintenance", "active");
    }

    @Override
    public void downgrade(Operations op) throws Exception {
        // a node under maintenance serves no work, which the older statuses call draining
        op.execute("update node_registrations set status = ?::node_status where status = ?::node_status", "draining", "maintenance");
        op.dropDefault("node_registrations", "status");
        op.alterColumnType("node_registrations", "status", "text");
        op.dropEnum("node_status");
        op.createEnum("node_status", "active", "draining", "retired");
        op.alterColumnType("node_registrations", "status", "node_status", "status::node_status");
        op.setDefault("node_registrations", "status", ColumnDefault.value("active"));
    }
}
