/**
 * The OmniNode Bridge service's tables as entities: what the migrations build. The processor compares
 * them with the head revision's snapshot in {@code src/main/schema} at every compilation, in strict mode,
 * so an entity change without a migration fails the build.
 */
package io.omninode.migrations.examples.bridge.entities;
