/**
 * Internal: no compatibility guarantees. The verifier's parts: where the PostgreSQL server is (a URL or an
 * embedded one), the scratch database of one verification, the snapshot folder, row counts, and the run
 * that moves one revision at a time and compares after each step.
 */
package io.omninode.migrations.test.internal;
