package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.AllowHazards;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Column;

/** A schema change with a data migration: new column, backfilled from the endpoint, then NOT NULL. */
@Migration(revision = "7a2d5e6f9b04", downRevision = "6f1c4d5e8a93", message = "add node region")
@AllowHazards(value = "adding-not-nullable-field",
        reason = "node_registrations holds one row per bridge node (a few hundred): the scan under the lock takes milliseconds")
public final class V007AddNodeRegion implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("node_registrations", Column.of("region", "varchar(32)"));
        op.execute("update node_registrations set region = case when endpoint like ? then ? else ? end",
                "%.eu.%", "eu-west", "us-east");
        op.setNotNull("node_registrations", "region");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("node_registrations", "region");
    }
}
