/**
 * Internal: no compatibility guarantees. Reads a live PostgreSQL schema into the {@link
 * io.omninode.migrations.schema.Schema} model that entities and snapshots use, so a live database,
 * a snapshot and the entities are compared by the one {@code SchemaDiff}.
 *
 * <p>The entry point is {@link io.omninode.migrations.internal.introspect.LiveSchema#read}:
 * <pre>{@code
 * Introspection live = LiveSchema.read(connection, List.of("public"), Set.of(QualifiedName.of("public", "alembic_version")));
 * List<SchemaChange> drift = SchemaDiff.between(live.schema(), expected);
 * live.notCompared().forEach(n -> out.println("-- not compared: " + n));
 * }</pre>
 *
 * <ul>
 *   <li>A fixed number of catalog queries ({@link io.omninode.migrations.internal.introspect.Introspection#catalogQueries()}),
 *       one per object kind over {@code pg_catalog}, whatever the number of tables; text is printed by the
 *       server ({@code format_type}, {@code pg_get_expr}, {@code pg_get_indexdef}, {@code pg_get_constraintdef}).</li>
 *   <li>The first schema of the list is the default one: its objects have no schema in the model, as in
 *       entities and snapshots; objects of the other schemas are qualified.</li>
 *   <li>What the model does not describe (views, functions, triggers, policies, partitions, grants, domains,
 *       column collations, exclusion constraints, ...) comes back as {@link
 *       io.omninode.migrations.internal.introspect.NotCompared} values, never silently dropped.</li>
 *   <li>{@link io.omninode.migrations.internal.introspect.ServerCanonicalForm} has the server print an
 *       expected schema's expressions and constraint names the way it prints the live ones, in a
 *       transaction that is rolled back, so a freshly migrated database compares clean.</li>
 * </ul>
 * Works on PostgreSQL 13 to 17: it reads no catalog column newer than 13.
 */
package io.omninode.migrations.internal.introspect;
