/**
 * Schema snapshots: a {@link io.omninode.migrations.schema.Schema} as versioned, stable, pretty
 * printed JSON ({@link io.omninode.migrations.schema.snapshot.SchemaSnapshot}), for the entity
 * snapshot on the classpath and the revision snapshots in source control.
 */
package io.omninode.migrations.schema.snapshot;
