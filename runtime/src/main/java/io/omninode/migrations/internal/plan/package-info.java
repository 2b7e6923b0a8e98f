/**
 * Internal: no compatibility guarantees. Resolves revision targets against the graph and the database's
 * version rows, and plans the steps of an upgrade, downgrade or stamp the way Alembic does.
 */
package io.omninode.migrations.internal.plan;
