package com.example.db;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Table;

@Migration(revision = "6a1b2c3d4e5f", message = "create region table")
public final class V1CreateRegion implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        op.createTable(Table.named("region").column("code", "varchar(8)").column("name", "text").primaryKey("code"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("region");
    }
}
