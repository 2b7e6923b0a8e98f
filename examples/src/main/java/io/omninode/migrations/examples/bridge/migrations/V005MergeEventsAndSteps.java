package io.omninode.migrations.examples.bridge.migrations;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

/** Joins the two branches again, as {@code omninode-migrate merge} writes it: nothing to run. */
@Migration(
        revision = "5e0b3c4d7f82",
        downRevision = {"3c8e1f2a5b60", "4d9a2b3c6e71"},
        message = "merge hook events and workflow steps")
public final class V005MergeEventsAndSteps implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        // A merge only joins the heads in alembic_version.
    }

    @Override
    public void downgrade(Operations op) {
        // Downgrading a merge brings both heads back.
    }
}
