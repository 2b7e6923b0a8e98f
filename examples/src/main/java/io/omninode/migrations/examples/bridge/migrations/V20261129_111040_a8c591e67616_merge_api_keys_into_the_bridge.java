package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

/**
 * merge api keys into the bridge
 *
 * <pre>
 * Revision ID: a8c591e67616
 * Revises: 0c49d43eeee0, fada80bdcb05
 * Create Date: 2026-11-29 11:10:40
 * </pre>
 */
@Migration(
        revision = "a8c591e67616",
        downRevision = {"0c49d43eeee0", "fada80bdcb05"},
        message = "merge api keys into the bridge"
)
public final class V20261129_111040_a8c591e67616_merge_api_keys_into_the_bridge implements MigrationScript {
    @Override
    public void upgrade(Operations op) throws Exception {
    }

    @Override
    public void downgrade(Operations op) throws Exception {
    }
}
