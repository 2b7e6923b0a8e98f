/**
 * The annotation processor: {@code MigrationProcessor} runs the stages (validate, model, check,
 * generate) over the rooms below it — {@code migration} (the {@code @Migration} types and the revision
 * graph), {@code entity} (entity types into a schema), {@code snapshot} (the entity check against the
 * head's snapshot, offline autogenerate) and {@code codegen} (the registry and migration sources) — and
 * speaks only through {@code diagnostic}. Internal to the processor: no compatibility guarantees.
 */
package io.omninode.migrations.processor;
