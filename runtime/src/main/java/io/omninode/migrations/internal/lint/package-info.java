/**
 * Internal, no compatibility guarantees: {@code lint}'s hazard rules on a revision's schema changes, the
 * measurements of a revision run on a scratch database, and the linter that joins both with the migrations'
 * {@code @AllowHazards}.
 */
package io.omninode.migrations.internal.lint;
