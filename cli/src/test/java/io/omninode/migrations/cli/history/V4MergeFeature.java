package io.omninode.migrations.cli.history;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

@Migration(revision = "4f2e8d1b6a33", downRevision = {"27c6a30d7c24", "27f0b9e1d355"}, message = "merge feature into main")
public final class V4MergeFeature implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        // a merge joins branches; it changes nothing
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to undo
    }
}
