/**
 * The schema model: immutable values describing tables, columns, constraints, indexes, enums and
 * sequences. {@link io.omninode.migrations.Operations} builds schema changes
 * ({@link io.omninode.migrations.schema.change.SchemaChange}) from these values; the entity model,
 * the diff and the snapshots use the same ones.
 */
package io.omninode.migrations.schema;
