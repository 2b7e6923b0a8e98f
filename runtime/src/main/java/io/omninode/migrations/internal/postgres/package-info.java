/**
 * Internal: no compatibility guarantees. The PostgreSQL dialect: renders each schema change as SQL
 * statements, every identifier and literal through the schema model's quoting rules.
 */
package io.omninode.migrations.internal.postgres;
