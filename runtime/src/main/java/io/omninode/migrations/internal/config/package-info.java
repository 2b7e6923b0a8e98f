/**
 * Internal: no compatibility guarantees. Resolves the configuration: database URLs, the environment's
 * precedence, setting values from text, and loading the generated registries.
 */
package io.omninode.migrations.internal.config;
