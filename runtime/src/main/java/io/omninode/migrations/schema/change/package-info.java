/**
 * Schema changes: one immutable record per kind of change, all implementing the sealed
 * {@link io.omninode.migrations.schema.change.SchemaChange}.
 */
package io.omninode.migrations.schema.change;
