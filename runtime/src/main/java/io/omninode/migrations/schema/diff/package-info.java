/**
 * Comparing two {@link io.omninode.migrations.schema.Schema}s:
 * {@link io.omninode.migrations.schema.diff.SchemaDiff} gives the schema changes between them, in
 * dependency order, with review lines and the drop-and-add pairs that may be undeclared renames.
 */
package io.omninode.migrations.schema.diff;
