/**
 * The entity check and what follows from it: the entities against the head revision's snapshot
 * ({@code EntityCheck}, at compile time, with a stub when they differ), the revision snapshot files,
 * and {@code OfflineAutogenerate}, which turns the same difference into a migration in the sources.
 * "Drift" is not this: it is the live database against what it should be, checked at run time.
 */
package io.omninode.migrations.processor.snapshot;
