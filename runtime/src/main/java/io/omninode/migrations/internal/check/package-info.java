/**
 * Internal: no compatibility guarantees. Compares a live database with what it should be — the entity
 * snapshot on the classpath and the snapshot of the database's revision in the schema folder — through
 * the introspector and the one {@code SchemaDiff}, for {@code Migrator.check()} and {@code validate()}.
 */
package io.omninode.migrations.internal.check;
