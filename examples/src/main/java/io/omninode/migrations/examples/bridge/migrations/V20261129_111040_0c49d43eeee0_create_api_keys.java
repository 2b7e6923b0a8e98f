package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.Unique;

/**
 * create api keys
 *
 * <p>The auth team's own branch: a second root, labelled {@code auth}, so its revisions can be
 * developed and applied on their own ({@code upgrade auth@head}). The keys belong to nodes, so it
 * depends on the revision that creates {@code node_registrations} without being its child; only a
 * SHA-256 hash of each secret is stored, checked to be 32 bytes.
 *
 * <pre>
 * Revision ID: 0c49d43eeee0
 * Revises: &lt;base&gt;
 * Create Date: 2026-11-29 11:10:40
 * </pre>
 */
@Migration(
        revision = "0c49d43eeee0",
        message = "create api keys",
        branchLabels = "auth",
        dependsOn = "1975ea83b712"
)
public final class V20261129_111040_0c49d43eeee0_create_api_keys implements MigrationScript {
    @Override
    public void upgrade(Operations op) throws Exception {
        op.createTable(Table.named("api_keys")
                .column(Column.of("key_id", "uuid").notNull())
                .column(Column.of("node_id", "uuid").notNull())
                .column(Column.of("key_prefix", "varchar(16)").notNull())
                .column(Column.of("secret_hash", "bytea").notNull())
                .column(Column.of("created_at", "timestamptz").notNull().defaultExpression("now()"))
                .column(Column.of("revoked_at", "timestamptz"))
                .primaryKey("key_id")
                .unique(Unique.of("key_prefix").named("api_keys_key_prefix_key"))
                .check(CheckConstraint.of("ck_api_keys_secret_hash_sha256", "octet_length(secret_hash) = 32"))
                .foreignKey(ForeignKey.of("node_id").references("node_registrations", "node_id")
                        .onDelete(ReferentialAction.CASCADE).named("api_keys_node_id_fkey"))
                .comment("API keys of nodes; the secret itself is never stored, only its SHA-256 hash"));
    }

    @Override
    public void downgrade(Operations op) throws Exception {
        op.dropTable("api_keys");
    }
}
