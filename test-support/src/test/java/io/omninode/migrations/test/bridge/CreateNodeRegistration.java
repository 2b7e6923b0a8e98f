package io.omninode.migrations.test.bridge;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;

/** Revision 5e1a7c0de001 of the stand-in project. */
public final class CreateNodeRegistration implements MigrationScript {

    static final String REVISION = "5e1a7c0de001";

    @Override
    public void upgrade(Operations op) {
        op.execute("create table node_registration (id bigint not null, name text not null)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("drop table node_registration");
    }
}
