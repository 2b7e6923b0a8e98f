package io.omninode.migrations.spring.boot.app;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;

/** A second revision with data, so a start-up query has something only the migrations put there. */
@Migration(revision = "2e9d8c7b6a50", downRevision = "1f0a2b3c4d5e", message = "add language")
public final class V2AddLanguage implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.execute("alter table greeting add column language varchar(8)");
        op.execute("insert into greeting (text, language) values ('hello from revision 2e9d8c7b6a50', 'en')");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("alter table greeting drop column language");
    }
}
