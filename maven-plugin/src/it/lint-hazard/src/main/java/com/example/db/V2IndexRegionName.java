package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Index;

/** A plain CREATE INDEX on a table of an earlier revision: lint's require-concurrent-index-creation. */
@Migration(revision = "7b2c3d4e5f6a", downRevision = "6a1b2c3d4e5f", message = "index region name")
public final class V2IndexRegionName implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.createIndex(Index.of("ix_region_name", "region", "name"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_region_name");
    }
}
