/**
 * The annotation processor: {@code MigrationProcessor} runs the stages (validate, model, check,
 * generate) and owns the options; {@code DiagnosticCode} is the one catalogue of the codes users
 * see, {@code ProcessorMessages} writes their messages and {@code Diagnostics} prints them on the
 * element at fault. Internal to the processor: no compatibility guarantees.
 */
package io.omninode.migrations.processor;
