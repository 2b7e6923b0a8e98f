package io.omninode.migrations.internal.postgres;

import io.omninode.migrations.schema.change.CreateIndex;
import io.omninode.migrations.schema.change.DropIndex;
import io.omninode.migrations.schema.change.SchemaChange;
import java.util.List;

/**
 * Renders schema changes as PostgreSQL SQL. Every identifier goes through
 * {@link io.omninode.migrations.schema.SqlText#identifier} (quoted when needed, over 63 bytes rejected), every string through
 * {@link io.omninode.migrations.schema.SqlText#string}, and data values are bound parameters, never text.
 *
 * <pre>{@code
 * new PostgresDialect().render(new DropColumn(QualifiedName.of("user"), "Email", true, false))
 * // ALTER TABLE "user" DROP COLUMN IF EXISTS "Email"
 * }</pre>
 */
public final class PostgresDialect {

    private final DdlRenderer renderer = new DdlRenderer();

    /** The statements that apply the change, in order (one for most changes; comments and large inserts add more). */
    public List<SqlStatement> render(SchemaChange change) {
        return change.accept(renderer);
    }

    /** Whether PostgreSQL refuses the change inside a transaction block ({@code CONCURRENTLY}). */
    public boolean requiresNoTransaction(SchemaChange change) {
        return change instanceof CreateIndex create && create.concurrently()
                || change instanceof DropIndex drop && drop.concurrently();
    }
}
