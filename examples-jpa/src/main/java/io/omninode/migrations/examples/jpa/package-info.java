/**
 * Jakarta Persistence entities as an application already has them, read by the processor into the entity
 * schema (snake_case names), and the first revision that creates their tables. The field added since
 * that revision becomes a migration stub at compile time.
 */
package io.omninode.migrations.examples.jpa;
