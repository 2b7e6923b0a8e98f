/**
 * Internal: no compatibility guarantees. Runs commands against PostgreSQL: the advisory lock, the
 * transactions, the version table and audit log, each step's statements, and the offline script,
 * which takes the same statement path as an online run.
 */
package io.omninode.migrations.internal.engine;
